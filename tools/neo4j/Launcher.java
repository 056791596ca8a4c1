/*
 * Runs a real Neo4j 5.26 Community server (Bolt + HTTP + Browser) in-process, without Docker or a
 * distribution tarball. Jars come from tools/neo4j/setup.sh; start it through tools/neo4j/run.sh,
 * which picks Java 17 and the JVM flags:
 *
 *   java -cp "$LIB/*" tools/neo4j/Launcher.java --home DIR [--bolt-port N] [--http-port M]
 *
 * Once the default database is available it prints exactly one line
 *   NEO4J READY bolt://127.0.0.1:<bolt> http://127.0.0.1:<http>
 * (with the ports actually bound, so port 0 = "any free port" is safe for parallel test runs) and
 * then runs until killed; a shutdown hook stops the databases cleanly. On failure it prints
 *   NEO4J FAILED <reason>
 * and exits non-zero.
 */

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

public final class Launcher {

    private static final String USAGE = String.join("\n",
            "usage: Launcher --home DIR [options]",
            "  --home DIR             server home (data/, logs/ are created inside); required",
            "  --host ADDR            listen address for Bolt and HTTP (default 127.0.0.1)",
            "  --bolt-port N          Bolt port, 0 = any free port (default 7687)",
            "  --http-port N          HTTP/Browser port, 0 = any free port, -1 = no HTTP (default 7474)",
            "  --auth-password PW     enable auth; user 'neo4j' gets this password (min 8 chars)",
            "                         (default: auth disabled, for tests)",
            "  --pagecache SIZE       page cache size, e.g. 128m (default 128m)",
            "  --tx-memory SIZE       memory for all running transactions, e.g. 256m (default 256m)",
            "  --log-level LEVEL      DEBUG|INFO|WARN|ERROR for the user log on stdout (default INFO)",
            "  --exit-on-stdin-eof    stop the server when stdin closes (used by the test helper so a",
            "                         killed test run never leaves an orphan server behind)");

    /** Parsed command line; defaults are modest because the machines are small and shared. */
    private static final class Options {
        Path home;
        String host = "127.0.0.1";
        int boltPort = 7687;
        int httpPort = 7474;
        String authPassword;
        long pageCache = ByteUnit.mebiBytes(128);
        long txMemory = ByteUnit.mebiBytes(256);
        Level logLevel = Level.INFO;
        boolean exitOnStdinEof;
    }

    private Launcher() {}

    public static void main(String[] args) {
        Options opts;
        try {
            opts = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try {
            run(opts);
        } catch (Throwable e) {
            System.out.println("NEO4J FAILED " + describe(e));
            System.out.flush();
            e.printStackTrace();
            Runtime.getRuntime().halt(1);
        }
    }

    private static void run(Options opts) throws Exception {
        Files.createDirectories(opts.home);
        Log4jLogProvider userLog = new Log4jLogProvider(System.out, opts.logLevel);
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(opts.home)
                .setUserLogProvider(userLog)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(opts.host, opts.boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(opts.host, opts.boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, opts.httpPort >= 0)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, opts.authPassword != null)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, opts.pageCache)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, opts.txMemory)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, opts.txMemory / 2)
                // Small transaction logs, kept briefly: test databases are throwaway.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                // Netty's default 5 s quiet period (twice) makes every stop take 10 s.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5));
        if (opts.httpPort >= 0) {
            builder.setConfig(HttpConnector.listen_address, new SocketAddress(opts.host, opts.httpPort))
                    .setConfig(HttpConnector.advertised_address, new SocketAddress(opts.host, opts.httpPort));
        }

        long started = System.nanoTime();
        DatabaseManagementService service = builder.build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEO4J STOPPING");
            System.out.flush();
            service.shutdown();
            userLog.close();
            stopped.countDown();
        }, "neo4j-shutdown"));

        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(TimeUnit.MINUTES.toMillis(5))) {
            throw new IllegalStateException("default database did not become available within 5 minutes");
        }
        if (opts.authPassword != null) {
            setPassword(service, opts.authPassword);
        }

        ConnectorPortRegister ports = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class);
        String ready = "NEO4J READY bolt://" + address(ports, ConnectorType.BOLT, opts.host);
        if (opts.httpPort >= 0) {
            ready += " http://" + address(ports, ConnectorType.HTTP, opts.host);
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.println(ready + " (" + millis + " ms)");
        System.out.flush();

        if (opts.exitOnStdinEof) {
            Thread watcher = new Thread(() -> {
                waitForEof(System.in);
                System.exit(0);
            }, "stdin-eof-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    /** Gives user 'neo4j' a known password and no forced change; a no-op when it already has it. */
    private static void setPassword(DatabaseManagementService service, String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static String address(ConnectorPortRegister ports, ConnectorType type, String host) {
        HostnamePort bound = ports.getLocalAddress(type);
        if (bound == null) {
            throw new IllegalStateException(type.description() + " connector did not bind a port");
        }
        return host + ":" + bound.getPort();
    }

    private static void waitForEof(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // discard; only the end of the stream matters
            }
        } catch (IOException ignored) {
            // a broken pipe means the parent is gone, same as EOF
        }
    }

    private static String describe(Throwable e) {
        List<String> chain = new ArrayList<>();
        for (Throwable t = e; t != null && chain.size() < 4; t = t.getCause()) {
            chain.add(t.getClass().getSimpleName() + ": " + t.getMessage());
        }
        return String.join(" <- ", chain).replace('\n', ' ');
    }

    private static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    System.exit(0);
                }
                case "--home" -> o.home = Path.of(value(args, ++i, arg)).toAbsolutePath();
                case "--host" -> o.host = value(args, ++i, arg);
                case "--bolt-port" -> o.boltPort = port(value(args, ++i, arg), arg, false);
                case "--http-port" -> o.httpPort = port(value(args, ++i, arg), arg, true);
                case "--auth-password" -> o.authPassword = value(args, ++i, arg);
                case "--pagecache" -> o.pageCache = size(value(args, ++i, arg), arg);
                case "--tx-memory" -> o.txMemory = size(value(args, ++i, arg), arg);
                case "--log-level" -> o.logLevel = level(value(args, ++i, arg));
                case "--exit-on-stdin-eof" -> o.exitOnStdinEof = true;
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        if (o.home == null) {
            throw new IllegalArgumentException("--home DIR is required");
        }
        if (o.authPassword != null && o.authPassword.length() < 8) {
            throw new IllegalArgumentException("--auth-password must have at least 8 characters");
        }
        return o;
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }

    private static int port(String text, String name, boolean allowDisabled) {
        try {
            int port = Integer.parseInt(text);
            if ((port >= 0 && port <= 65535) || (allowDisabled && port == -1)) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the error below
        }
        throw new IllegalArgumentException(name + " must be a port number 0-65535" + (allowDisabled ? " or -1" : "")
                + ", got '" + text + "'");
    }

    private static long size(String text, String name) {
        String t = text.trim().toLowerCase();
        long unit = 1;
        if (t.endsWith("k")) {
            unit = ByteUnit.kibiBytes(1);
        } else if (t.endsWith("m")) {
            unit = ByteUnit.mebiBytes(1);
        } else if (t.endsWith("g")) {
            unit = ByteUnit.gibiBytes(1);
        }
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
        try {
            long n = Long.parseLong(digits);
            if (n > 0) {
                return n * unit;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the error below
        }
        throw new IllegalArgumentException(name + " must be a size like 128m or 1g, got '" + text + "'");
    }

    private static Level level(String text) {
        try {
            return Level.valueOf(text.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--log-level must be DEBUG, INFO, WARN or ERROR, got '" + text + "'");
        }
    }
}
