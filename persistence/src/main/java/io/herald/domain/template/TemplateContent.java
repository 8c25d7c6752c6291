package io.herald.domain.template;

/** What a template says; also what a rendered template says, with its placeholders filled in. */
public record TemplateContent(String name, String description, String title, String content, String uri, String variables,
                              int showStyle, int pushStyle, int jumpAction, String imageUrls, String iconUrls) {
}
