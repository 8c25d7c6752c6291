package io.herald.tencent;

/** A handler for one {@code /v4/{service}/{command}} pair, refusing non-admins with its API group's code. */
public abstract class TimCommand implements TimCommandHandler {

    private final String service;
    private final String command;
    private final TimError notAdmin;

    protected TimCommand(String service, String command, TimError notAdmin) {
        this.service = service;
        this.command = command;
        this.notAdmin = notAdmin;
    }

    @Override
    public boolean serves(String requestedService, String requestedCommand) {
        return service.equals(requestedService) && command.equals(requestedCommand);
    }

    @Override
    public TimError notAdmin() {
        return notAdmin;
    }
}
