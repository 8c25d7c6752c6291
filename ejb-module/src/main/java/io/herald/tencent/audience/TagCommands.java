package io.herald.tencent.audience;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.account.Account;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code im_get_tag}, {@code im_add_tag}, {@code im_remove_tag} and {@code im_remove_all_tags}: at
 * most 10 tags per user in one add (90032), at most 100 on a user (90032, and nothing is added), each
 * tag 1 to 50 bytes (90040, 90020). Accounts that do not exist are listed in {@code ErrorList} (70107).
 */
final class TagCommands {

    static final int MAX_TAGS_PER_ADD = 10;

    private TagCommands() {
    }

    @ApplicationScoped
    public static class GetTag extends AudienceCommand {

        public GetTag() {
            super("im_get_tag");
        }

        @Override
        public JsonObject handle(TimCaller caller, TimRequest request) {
            List<String> userIds = accounts(request);
            Map<String, Account> found = profiles.existing(caller.app(), userIds);
            JsonArrayBuilder users = JSON.createArrayBuilder();
            for (String userId : userIds) {
                Account account = found.get(userId);
                if (account != null) {
                    users.add(JSON.createObjectBuilder().add("To_Account", userId).add("Tags", JSON.createArrayBuilder(new TreeSet<>(account.tags()))));
                }
            }
            return JSON.createObjectBuilder().add("UserTags", users)
                    .add("ErrorList", errorList(userIds, found.keySet())).build();
        }
    }

    @ApplicationScoped
    public static class AddTag extends AudienceCommand {

        public AddTag() {
            super("im_add_tag");
        }

        @Override
        public JsonObject handle(TimCaller caller, TimRequest request) {
            Map<String, Set<String>> tags = userTags(request, MAX_TAGS_PER_ADD);
            Set<String> found = profiles.existing(caller.app(), tags.keySet()).keySet();
            if (!profiles.addTags(caller.app(), tags).isEmpty()) {
                throw TimError.TOO_MANY_TAGS.exception();
            }
            return JSON.createObjectBuilder().add("ErrorList", errorList(tags.keySet(), found)).build();
        }
    }

    @ApplicationScoped
    public static class RemoveTag extends AudienceCommand {

        public RemoveTag() {
            super("im_remove_tag");
        }

        @Override
        public JsonObject handle(TimCaller caller, TimRequest request) {
            Map<String, Set<String>> tags = userTags(request, Account.MAX_TAGS);
            Set<String> found = profiles.existing(caller.app(), tags.keySet()).keySet();
            profiles.removeTags(caller.app(), tags);
            return JSON.createObjectBuilder().add("ErrorList", errorList(tags.keySet(), found)).build();
        }
    }

    @ApplicationScoped
    public static class RemoveAllTags extends AudienceCommand {

        public RemoveAllTags() {
            super("im_remove_all_tags");
        }

        @Override
        public JsonObject handle(TimCaller caller, TimRequest request) {
            List<String> userIds = accounts(request);
            Set<String> found = profiles.existing(caller.app(), userIds).keySet();
            profiles.removeAllTags(caller.app(), userIds);
            return JSON.createObjectBuilder().add("ErrorList", errorList(userIds, found)).build();
        }
    }

    /** {@code UserTags}: each user's {@code Tags}, at most {@code max} of them. */
    static Map<String, Set<String>> userTags(TimRequest request, int max) {
        Map<String, Set<String>> tags = new LinkedHashMap<>();
        for (JsonValue item : AudienceCommand.items(request, "UserTags")) {
            tags.put(AudienceCommand.account(item), AudienceCommand.tags(((JsonObject) item).get("Tags"), max));
        }
        return tags;
    }
}
