package io.herald.tencent.message;

import io.herald.tencent.TimError;
import io.herald.tencent.TimRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Checks a MsgBody against the eight TIM element types a REST call may send, with the fields each
 * one requires. A body that is not a list of elements is 90002 (90007 when it is not an array at
 * all); an element whose content breaks its type's rules is 90010.
 */
public final class TimElements {

    /** Required fields per type: name → expected JSON kind. Optional fields are checked by {@link #OPTIONAL}. */
    private static final Map<String, Map<String, JsonValue.ValueType>> REQUIRED = Map.of(
            "TIMTextElem", Map.of("Text", JsonValue.ValueType.STRING),
            "TIMLocationElem", Map.of("Desc", JsonValue.ValueType.STRING, "Latitude", JsonValue.ValueType.NUMBER, "Longitude", JsonValue.ValueType.NUMBER),
            "TIMFaceElem", Map.of("Index", JsonValue.ValueType.NUMBER),
            "TIMCustomElem", Map.of(),
            "TIMSoundElem", Map.of("Url", JsonValue.ValueType.STRING, "UUID", JsonValue.ValueType.STRING, "Download_Flag", JsonValue.ValueType.NUMBER),
            "TIMImageElem", Map.of("UUID", JsonValue.ValueType.STRING, "ImageInfoArray", JsonValue.ValueType.ARRAY),
            "TIMFileElem", Map.of("Url", JsonValue.ValueType.STRING, "UUID", JsonValue.ValueType.STRING, "Download_Flag", JsonValue.ValueType.NUMBER),
            "TIMVideoFileElem", Map.of("VideoUrl", JsonValue.ValueType.STRING, "VideoUUID", JsonValue.ValueType.STRING,
                    "ThumbUrl", JsonValue.ValueType.STRING, "ThumbUUID", JsonValue.ValueType.STRING,
                    "ThumbWidth", JsonValue.ValueType.NUMBER, "ThumbHeight", JsonValue.ValueType.NUMBER,
                    "VideoDownloadFlag", JsonValue.ValueType.NUMBER, "ThumbDownloadFlag", JsonValue.ValueType.NUMBER));

    private static final Map<String, Map<String, JsonValue.ValueType>> OPTIONAL = Map.of(
            "TIMFaceElem", Map.of("Data", JsonValue.ValueType.STRING),
            "TIMCustomElem", Map.of("Data", JsonValue.ValueType.STRING, "Desc", JsonValue.ValueType.STRING,
                    "Ext", JsonValue.ValueType.STRING, "Sound", JsonValue.ValueType.STRING),
            "TIMSoundElem", Map.of("Size", JsonValue.ValueType.NUMBER, "Second", JsonValue.ValueType.NUMBER),
            "TIMImageElem", Map.of("ImageFormat", JsonValue.ValueType.NUMBER),
            "TIMFileElem", Map.of("FileSize", JsonValue.ValueType.NUMBER, "FileName", JsonValue.ValueType.STRING),
            "TIMVideoFileElem", Map.of("VideoSize", JsonValue.ValueType.NUMBER, "VideoSecond", JsonValue.ValueType.NUMBER,
                    "VideoFormat", JsonValue.ValueType.STRING, "ThumbSize", JsonValue.ValueType.NUMBER, "ThumbFormat", JsonValue.ValueType.STRING));

    /** Download flags that REST senders must set: the content is fetched from the given URL. */
    private static final List<String> DOWNLOAD_FLAGS = List.of("Download_Flag", "VideoDownloadFlag", "ThumbDownloadFlag");

    private TimElements() {
    }

    public static void check(JsonValue body) {
        if (!(body instanceof JsonArray elements)) {
            throw TimError.MSG_BODY_NOT_ARRAY.exception();
        }
        if (elements.isEmpty()) {
            throw TimError.MSG_BODY_INVALID.exception();
        }
        int customElements = 0;
        for (JsonValue value : elements) {
            if (!(value instanceof JsonObject element) || !(element.get("MsgType") instanceof JsonString type)
                    || !(element.get("MsgContent") instanceof JsonObject content) || !REQUIRED.containsKey(type.getString())) {
                throw TimError.MSG_BODY_INVALID.exception();
            }
            checkContent(type.getString(), content);
            if (type.getString().equals("TIMCustomElem") && ++customElements > 1) {
                throw TimError.MSG_ELEMENT_INVALID.exception();
            }
        }
    }

    private static void checkContent(String type, JsonObject content) {
        REQUIRED.get(type).forEach((field, kind) -> {
            if (!content.containsKey(field) || content.get(field).getValueType() != kind) {
                throw TimError.MSG_ELEMENT_INVALID.exception();
            }
        });
        OPTIONAL.getOrDefault(type, Map.of()).forEach((field, kind) -> {
            if (content.containsKey(field) && content.get(field).getValueType() != kind) {
                throw TimError.MSG_ELEMENT_INVALID.exception();
            }
        });
        for (String flag : DOWNLOAD_FLAGS) {
            if (content.get(flag) instanceof JsonNumber n && n.intValue() != 2) {
                throw TimError.MSG_ELEMENT_INVALID.exception();
            }
        }
        if (type.equals("TIMImageElem")) {
            for (JsonValue info : content.getJsonArray("ImageInfoArray")) {
                if (!(info instanceof JsonObject image) || !(image.get("URL") instanceof JsonString)
                        || !(image.get("Width") instanceof JsonNumber) || !(image.get("Height") instanceof JsonNumber)) {
                    throw TimError.MSG_ELEMENT_INVALID.exception();
                }
            }
        }
    }

    /** The request's MsgBody, checked (90002, 90007, 90010) and at most {@code maxBytes} of JSON (93000). */
    public static String body(TimRequest request, int maxBytes) {
        if (!request.has("MsgBody")) {
            throw TimError.MSG_BODY_INVALID.exception();
        }
        JsonValue body = request.json().get("MsgBody");
        check(body);
        String json = body.toString();
        if (json.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw TimError.MESSAGE_TOO_LARGE.exception();
        }
        return json;
    }

    /** What the elements show in a notification when OfflinePushInfo has no Desc: their text, or what each kind is. */
    static final Map<String, String> PLACEHOLDERS = Map.of("TIMImageElem", "[Image]", "TIMSoundElem", "[Voice]", "TIMVideoFileElem", "[Video]",
            "TIMFileElem", "[File]", "TIMLocationElem", "[Location]", "TIMFaceElem", "[Sticker]", "TIMCustomElem", "[Message]");

    /** The notification text of a checked MsgBody: text elements' text, a custom element's Desc, a placeholder for the rest. */
    static String pushText(TimRequest request) {
        StringBuilder text = new StringBuilder();
        for (JsonValue value : request.json().getJsonArray("MsgBody")) {
            JsonObject element = (JsonObject) value;
            String type = element.getString("MsgType");
            JsonObject content = element.getJsonObject("MsgContent");
            if (type.equals("TIMTextElem")) {
                text.append(content.getString("Text"));
            } else if (type.equals("TIMCustomElem") && content.containsKey("Desc")) {
                text.append(content.getString("Desc"));
            } else {
                text.append(PLACEHOLDERS.getOrDefault(type, ""));
            }
        }
        return text.toString();
    }
}
