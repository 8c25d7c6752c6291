package io.herald.tencent.audience;

import static io.herald.platform.Jsonp.JSON;

import io.herald.domain.app.App;
import io.herald.tencent.TimCaller;
import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.TreeMap;

/** {@code im_set_attr_name} and {@code im_get_attr_name}: the app's up to ten attribute names, in slots "0" to "9". */
final class AttributeNamesCommands {

    private AttributeNamesCommands() {
    }

    /** Names the slots given and keeps the others; a bad slot or a name already in another slot is 90033, a bad name 90030. */
    @ApplicationScoped
    public static class SetAttrName extends AudienceCommand {

        public SetAttrName() {
            super("im_set_attr_name");
        }

        @Override
        public JsonObject handle(TimCaller caller, TimRequest request) {
            JsonObject given = request.object("AttrNames", TimError.JSON_PARSE_ERROR).orElseThrow(TimError.JSON_PARSE_ERROR::exception);
            Map<Integer, String> names = new TreeMap<>();
            given.forEach((slot, name) -> {
                if (!slot.matches("[0-9]")) {
                    throw TimError.ATTRIBUTE_INVALID.exception();
                }
                names.put(Integer.valueOf(slot), attributeText(name));
            });
            try {
                profiles.nameAttributes(caller.app(), names);
            } catch (IllegalArgumentException e) {
                throw TimError.ATTRIBUTE_INVALID.exception();
            }
            return JsonObject.EMPTY_JSON_OBJECT;
        }
    }

    @ApplicationScoped
    public static class GetAttrName extends AudienceCommand {

        public GetAttrName() {
            super("im_get_attr_name");
        }

        @Override
        public JsonObject handle(TimCaller caller, TimRequest request) {
            return JSON.createObjectBuilder().add("AttrNames", names(caller.app())).build();
        }

        private JsonObjectBuilder names(App app) {
            JsonObjectBuilder names = JSON.createObjectBuilder();
            new TreeMap<>(profiles.attributeNames(app)).forEach((slot, name) -> names.add(String.valueOf(slot), name));
            return names;
        }
    }
}
