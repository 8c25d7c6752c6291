package io.herald.mpaas;

import static io.herald.platform.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** The bodies of mPaaS action answers (RequestId is added by the HTTP edge). */
public final class MpsAnswers {

    private MpsAnswers() {
    }

    /** A push-style success: {@code PushResult.Data} is the task id, or whatever the action reports. */
    public static JsonObject pushResult(String data) {
        return JSON.createObjectBuilder()
                .add("ResultCode", "OK")
                .add("ResultMessage", "")
                .add("PushResult", JSON.createObjectBuilder().add("Success", true).add("ResultMsg", "").add("Data", data))
                .build();
    }

    /** A query's success: {@code ResultContent} is an object (the SDKs read nulls from a string), holding {@code Data}. */
    public static JsonObject resultContent(JsonValue data) {
        return JSON.createObjectBuilder()
                .add("ResultCode", "OK")
                .add("ResultMessage", "")
                .add("ResultContent", JSON.createObjectBuilder().add("Data", data))
                .build();
    }

    /**
     * A code-style success ({@code Code} "100"). The text is given as both {@code Msg} (template
     * actions) and {@code Message} (device-state actions), so each SDK model finds the field it reads.
     */
    public static JsonObject code(JsonValue data) {
        return JSON.createObjectBuilder()
                .add("Success", true)
                .add("Code", "100")
                .add("Msg", "SUCCESS")
                .add("Message", "SUCCESS")
                .add("Data", data)
                .build();
    }

    /** A refusal in the action's envelope: the code as a string, so that SDKs that read strings find it. */
    public static JsonObject refusal(MpsEnvelope envelope, MpsError error, String detail) {
        if (envelope == MpsEnvelope.CODE) {
            return JSON.createObjectBuilder()
                    .add("Success", false)
                    .add("Code", error.code())
                    .add("Msg", error.name())
                    .add("Message", error.name())
                    .add("Detail", detail)
                    .build();
        }
        return JSON.createObjectBuilder()
                .add("ResultCode", error.code())
                .add("ResultMessage", error.name())
                .add("PushResult", JSON.createObjectBuilder().add("Success", false).add("ResultMsg", detail))
                .build();
    }
}
