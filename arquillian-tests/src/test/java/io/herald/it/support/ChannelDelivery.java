package io.herald.it.support;

import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/**
 * Holds a channel's deliveries on its queue and lets them go, through WildFly's management
 * operations on the channel's message-driven bean ({@code stop-delivery}, {@code start-delivery}):
 * what is pushed meanwhile is queued and dispatched only once delivery starts again.
 */
public final class ChannelDelivery {

    private ChannelDelivery() {
    }

    /** @param messageDrivenBean the channel's dispatcher, as {@code ejb-jar.xml} names it (ApnsDispatcher, XiaomiDispatcher, …) */
    public static void stop(ManagementClient management, String messageDrivenBean) throws Exception {
        run(management, messageDrivenBean, "stop-delivery");
    }

    public static void start(ManagementClient management, String messageDrivenBean) throws Exception {
        run(management, messageDrivenBean, "start-delivery");
    }

    private static void run(ManagementClient management, String messageDrivenBean, String operation) throws Exception {
        ModelNode op = new ModelNode();
        op.get("operation").set(operation);
        op.get("address").add("deployment", "herald.ear").add("subdeployment", "herald-ejb.jar").add("subsystem", "ejb3")
                .add("message-driven-bean", messageDrivenBean);
        ModelNode result = management.getControllerClient().execute(op);
        if (!"success".equals(result.get("outcome").asString())) {
            throw new IllegalStateException(operation + " failed: " + result);
        }
    }
}
