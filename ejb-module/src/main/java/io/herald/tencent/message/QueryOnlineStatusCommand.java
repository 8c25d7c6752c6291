package io.herald.tencent.message;

import jakarta.enterprise.context.ApplicationScoped;

/** {@code openim/query_online_status}, answering each account's {@code Status}. */
@ApplicationScoped
public class QueryOnlineStatusCommand extends OnlineStateQuery {

    public QueryOnlineStatusCommand() {
        super("query_online_status", "Status");
    }
}
