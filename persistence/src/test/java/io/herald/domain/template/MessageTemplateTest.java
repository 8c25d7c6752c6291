package io.herald.domain.template;

import static io.herald.domain.DomainFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.domain.DomainFixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    private final MessageTemplate template = new MessageTemplate(DomainFixtures.app(1400000009L),
            new TemplateContent("prize", "d", "Hi #name#", "恭喜#name#中了#money#元", "https://x/#name#", "name,money", 0, 0, 0, null, null), T0);

    @Test
    void placeholdersComeFromTitleContentAndUri() {
        assertEquals(Set.of("name", "money"), template.placeholders());
        assertEquals(List.of("name", "money"), List.copyOf(template.placeholders()));
    }

    @Test
    void rendersEveryPlaceholderAndRefusesWhenOneHasNoValue() {
        TemplateContent rendered = template.render(Map.of("name", "张三", "money", "200")).orElseThrow();
        assertEquals("Hi 张三", rendered.title());
        assertEquals("恭喜张三中了200元", rendered.content());
        assertEquals("https://x/张三", rendered.uri());
        assertTrue(template.render(Map.of("name", "张三")).isEmpty());
    }

    @Test
    void valuesAreInsertedLiterally() {
        assertEquals("恭喜$1\\中了#x#元", template.render(Map.of("name", "$1\\", "money", "#x#")).orElseThrow().content());
    }
}
