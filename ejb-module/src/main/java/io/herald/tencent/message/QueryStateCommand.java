package io.herald.tencent.message;

import jakarta.enterprise.context.ApplicationScoped;

/** The older {@code openim/querystate}, answering each account's {@code State}. */
@ApplicationScoped
public class QueryStateCommand extends OnlineStateQuery {

    public QueryStateCommand() {
        super("querystate", "State");
    }
}
