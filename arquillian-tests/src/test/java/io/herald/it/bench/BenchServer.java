package io.herald.it.bench;

import io.herald.it.support.Herald;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The benchmarks' deployment (Herald plus the baselines), and the server's heap, JIT and CPU as the benchmarks watch them. */
final class BenchServer {

    private BenchServer() {
    }

    static EnterpriseArchive ear() {
        EnterpriseArchive ear = Herald.ear();
        ear.getAsType(WebArchive.class, "herald-web.war").addClasses(EchoEndpoint.class, BareResource.class);
        return ear;
    }

    /**
     * Heap in use after a full collection, once it has stopped falling: connections closed just
     * before are let go by the server over the next seconds, and a reading taken while it still held
     * some of them made the next measurement's starting point too high (the echo endpoint's heap per
     * connection read 8.4 KB in one run and 3.2 KB in another).
     */
    static long settledHeapAfterGc(ManagementClient management) throws Exception {
        long previous = heapAfterGc(management);
        for (int reading = 0; reading < 30; reading++) {
            Thread.sleep(1000);
            long current = heapAfterGc(management);
            if (Math.abs(previous - current) < 1 << 20) {
                return Math.min(previous, current);
            }
            previous = current;
        }
        return previous;
    }

    /** Heap in use after a full collection, in bytes. */
    static long heapAfterGc(ManagementClient management) throws Exception {
        ModelNode gc = new ModelNode();
        gc.get("operation").set("gc");
        gc.get("address").add("core-service", "platform-mbean").add("type", "memory");
        management.getControllerClient().execute(gc);
        Thread.sleep(500);
        management.getControllerClient().execute(gc);
        ModelNode read = new ModelNode();
        read.get("operation").set("read-attribute");
        read.get("address").add("core-service", "platform-mbean").add("type", "memory");
        read.get("name").set("heap-memory-usage");
        return management.getControllerClient().execute(read).get("result").get("used").asLong();
    }

    /**
     * A stretch of load during which the server's JIT compilers are watched: on two cores they
     * compile WildFly's and Herald's paths for minutes, and a figure measured before they settle
     * measures their backlog more than the server.
     */
    record Compiling(ManagementClient management, long compiledMillis, long startedNanos) {

        /** Settled: the compilers worked for less than a tenth of the stretch. */
        static final double SETTLED_SHARE = 0.1;

        static Compiling watch(ManagementClient management) throws Exception {
            return new Compiling(management, compilationMillis(management), System.nanoTime());
        }

        boolean settled() throws Exception {
            double stretchMillis = (System.nanoTime() - startedNanos) / 1e6;
            return compilationMillis(management) - compiledMillis < stretchMillis * SETTLED_SHARE;
        }

        private static long compilationMillis(ManagementClient management) throws Exception {
            ModelNode read = new ModelNode();
            read.get("operation").set("read-attribute");
            read.get("address").add("core-service", "platform-mbean").add("type", "compilation");
            read.get("name").set("total-compilation-time");
            return management.getControllerClient().execute(read).get("result").asLong();
        }
    }

    /**
     * The server's CPU time over a stretch of load: less noisy than throughput on a machine the
     * benchmark client shares, and what a change to a path is meant to save. The server runs on
     * this machine (its process is found by the pid its runtime reports).
     */
    record Cpu(ProcessHandle server, Duration used, Duration compiling) {

        static Cpu watch(ManagementClient management) throws Exception {
            ModelNode read = new ModelNode();
            read.get("operation").set("read-attribute");
            read.get("address").add("core-service", "platform-mbean").add("type", "runtime");
            read.get("name").set("name");
            String runtimeName = management.getControllerClient().execute(read).get("result").asString();
            ProcessHandle server = ProcessHandle.of(Long.parseLong(runtimeName.substring(0, runtimeName.indexOf('@'))))
                    .orElseThrow(() -> new IllegalStateException("the server's process " + runtimeName + " is not on this machine"));
            return new Cpu(server, used(server), compiling(server));
        }

        /** The server's CPU milliseconds since the watch began, per call. */
        double millisPerCall(int calls) {
            return used(server).minus(used).toNanos() / 1e6 / calls;
        }

        /**
         * {@link #millisPerCall} less what the server's JIT compiler threads used meanwhile: on two
         * cores their backlog moves a short stretch's figure by more than a change to the path does.
         */
        double millisPerCallBesidesCompiling(int calls) throws IOException {
            return used(server).minus(used).minus(compiling(server).minus(compiling)).toNanos() / 1e6 / calls;
        }

        /**
         * The CPU time of the server's compiler threads, from {@code /proc/<pid>/task/<tid>/stat}:
         * "tid (name) state …" with user and system time the 14th and 15th fields, in ticks of 10 ms.
         * With two cores the JVM runs one C1 and one C2 thread, which never end, so the sum only grows.
         */
        private static Duration compiling(ProcessHandle server) throws IOException {
            long ticks = 0;
            try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(server.pid()), "task"))) {
                for (Path task : tasks.toList()) {
                    String stat;
                    try {
                        stat = Files.readString(task.resolve("stat"));
                    } catch (NoSuchFileException ended) {
                        continue;
                    }
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.matches("C[12] CompilerThre.*")) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                }
            }
            return Duration.ofMillis(ticks * 10);
        }

        private static Duration used(ProcessHandle server) {
            return server.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("this OS does not report a process's CPU time"));
        }
    }
}
