package io.herald.domain.template;

import io.herald.domain.app.App;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message with {@code #placeholders#} in its title, content and URI, filled in per push. Names
 * are unique within an app.
 */
@Entity
@Table(name = "message_template")
public class MessageTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("#([^#\\s]+)#");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "app_id")
    private App app;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String description;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 200)
    private String content;

    @Column(length = 1000)
    private String uri;

    @Column(length = 1000)
    private String variables;

    @Column(name = "show_style", nullable = false)
    private int showStyle;

    @Column(name = "push_style", nullable = false)
    private int pushStyle;

    @Column(name = "jump_action", nullable = false)
    private int jumpAction;

    @Column(name = "image_urls", length = 4000)
    private String imageUrls;

    @Column(name = "icon_urls", length = 4000)
    private String iconUrls;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    protected MessageTemplate() {
    }

    public MessageTemplate(App app, TemplateContent content, Instant at) {
        this.app = Objects.requireNonNull(app);
        this.name = content.name();
        this.description = content.description();
        this.title = content.title();
        this.content = content.content();
        this.uri = content.uri();
        this.variables = content.variables();
        this.showStyle = content.showStyle();
        this.pushStyle = content.pushStyle();
        this.jumpAction = content.jumpAction();
        this.imageUrls = content.imageUrls();
        this.iconUrls = content.iconUrls();
        this.createdAt = at;
        this.modifiedAt = at;
    }

    public Long id() {
        return id;
    }

    public TemplateContent content() {
        return new TemplateContent(name, description, title, content, uri, variables, showStyle, pushStyle, jumpAction, imageUrls, iconUrls);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant modifiedAt() {
        return modifiedAt;
    }

    /** The placeholder names used in the title, content and URI, in order of appearance. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (String text : new String[] {title, content, uri}) {
            if (text != null) {
                Matcher m = PLACEHOLDER.matcher(text);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /**
     * The template with every placeholder replaced.
     *
     * @return empty when a placeholder has no value
     */
    public Optional<TemplateContent> render(Map<String, String> values) {
        if (!values.keySet().containsAll(placeholders())) {
            return Optional.empty();
        }
        return Optional.of(new TemplateContent(name, description, fill(title, values), fill(content, values), fill(uri, values),
                variables, showStyle, pushStyle, jumpAction, imageUrls, iconUrls));
    }

    private static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
    }
}
