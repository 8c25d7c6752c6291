package io.herald.web.admin;

public class AdminException extends RuntimeException {

    private final transient AdminError error;

    public AdminException(AdminError error, String message) {
        super(message, null, false, false);
        this.error = error;
    }

    public AdminError error() {
        return error;
    }
}
