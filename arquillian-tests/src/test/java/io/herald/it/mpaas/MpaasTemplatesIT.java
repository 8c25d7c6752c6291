package io.herald.it.mpaas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.it.support.Herald;
import io.herald.it.support.Mpaas;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The template actions through Alibaba's Tea client, each test in an app of its own. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MpaasTemplatesIT {

    private Mpaas mpaas;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Herald.ear();
    }

    @BeforeEach
    void ownApp() throws Exception {
        JsonObject created = Herald.createApp("templates");
        mpaas = new Mpaas(created.getString("accessKeyId"), created.getString("accessKeySecret"), created.getJsonObject("app").getString("mpsAppId"));
    }

    private Map<String, Object> call(String action, Map<String, Object> parameters) throws Exception {
        return mpaas.call(action, parameters);
    }

    private Map<String, Object> create(String name) throws Exception {
        return call("CreateTemplate", Map.of("TemplateName", name, "Title", "Hi #name#", "Content", "恭喜#name#中了#money#元",
                "DescInfo", "prize", "Uri", "https://example.com/#name#", "Variables", "name,money", "PushStyle", "1"));
    }

    private static void assertCode(String code, Map<String, Object> body) {
        assertEquals(code, body.get("Code"), body.toString());
        assertEquals(code.equals("100"), body.get("Success"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTemplateIsCreatedReadListedAndDeleted() throws Exception {
        Map<String, Object> created = create("prize_notice");
        assertCode("100", created);
        String id = (String) created.get("Data");

        Map<String, Object> byId = (Map<String, Object>) call("GetTemplate", Map.of("TemplateId", id)).get("Data");
        assertEquals("prize_notice", byId.get("Name"));
        assertEquals("恭喜#name#中了#money#元", byId.get("Content"));
        assertEquals("name,money", byId.get("Variables"));
        assertEquals("1", byId.get("PushStyle"));
        assertEquals(byId, call("GetTemplate", Map.of("TemplateName", "prize_notice")).get("Data"));

        create("second");
        Map<String, Object> page = call("ListTemplatePage", Map.of("CurrentPage", "2", "PageSize", "1"));
        assertCode("100", page);
        assertEquals(2, ((Number) page.get("TotalSize")).intValue());
        assertEquals("second", ((List<Map<String, Object>>) page.get("Data")).get(0).get("Name"));

        assertCode("100", call("DeleteTemplate", Map.of("TemplateName", "prize_notice")));
        assertCode("3022", call("GetTemplate", Map.of("TemplateId", id)));
        assertCode("3022", call("DeleteTemplate", Map.of("TemplateName", "prize_notice")));
    }

    @Test
    void everyTemplateRuleHasItsCode() throws Exception {
        assertCode("100", create("taken"));
        assertCode("3036", create("taken"));
        assertCode("3037", call("CreateTemplate", Map.of("Title", "t", "Content", "c")));
        assertCode("3038", create("no,commas"));
        assertCode("3038", create("x".repeat(201)));
        assertCode("3039", call("CreateTemplate", Map.of("TemplateName", "nocontent", "Title", "t")));
        assertCode("3040", call("CreateTemplate", Map.of("TemplateName", "longtitle", "Title", "t".repeat(201), "Content", "c")));
        assertCode("3041", call("CreateTemplate", Map.of("TemplateName", "longdesc", "Title", "t", "Content", "c", "DescInfo", "d".repeat(201))));
        assertCode("3042", call("CreateTemplate", Map.of("TemplateName", "longuri", "Title", "t", "Content", "c", "Uri", "u".repeat(1001))));
        assertCode("3028", call("ListTemplatePage", Map.of("CurrentPage", "0")));
    }

    @Test
    void anAppHasAtMostAHundredTemplates() throws Exception {
        for (int i = 0; i < 100; i++) {
            assertCode("100", create("t" + i));
        }
        assertCode("3056", create("one_too_many"));
    }
}
