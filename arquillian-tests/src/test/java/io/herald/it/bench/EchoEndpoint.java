package io.herald.it.bench;

import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

/**
 * The baseline: a bare WebSocket endpoint on the same server, deployed only by the benchmarks. It
 * echoes what it gets; "burst N" answers N frames.
 */
@ServerEndpoint("/bench/echo")
public class EchoEndpoint {

    @OnMessage
    public void message(String text, Session session) {
        if (text.startsWith("burst ")) {
            int frames = Integer.parseInt(text.substring(6).trim());
            for (int i = 0; i < frames; i++) {
                session.getAsyncRemote().sendText("{\"n\":" + i + "}");
            }
        } else {
            session.getAsyncRemote().sendText(text);
        }
    }
}
