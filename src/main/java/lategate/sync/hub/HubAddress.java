package lategate.sync.hub;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lategate.app.sync.SyncFailure;

/**
 * A hub's address as a school writes it, {@code postgresql://USER@HOST:PORT/DATABASE?PARAMS}, e.g.
 * {@code postgresql://kiosk_demo@hub.example:5432/attendance?sslmode=verify-full&sslrootcert=/etc/lategate/hub-ca.pem}.
 * The parameters (TLS above all: sslmode, sslrootcert, sslcert, sslkey) go to the PostgreSQL driver
 * as they are. An address never holds a password: one that does is refused without repeating it,
 * so the address can be recorded against deliveries and shown to staff as it is.
 */
final class HubAddress {

    public static final String SCHEME = "postgresql://";

    private static final Pattern AUTHORITY = Pattern.compile(
            "(?<user>[^@/]*)@(?<host>\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+)(?::(?<port>[0-9]{1,5}))?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}");
    /** Parameters that would carry a secret, or a second user, in the address. */
    private static final Set<String> REFUSED = Set.of("password", "sslpassword", "user");

    private final String text;
    private final String user;
    private final String host;
    private final int port;
    private final String database;
    private final Map<String, String> parameters;

    private HubAddress(String text, String user, String host, int port, String database,
                       Map<String, String> parameters) {
        this.text = text;
        this.user = user;
        this.host = host;
        this.port = port;
        this.database = database;
        this.parameters = parameters;
    }

    public static boolean isHub(String target) {
        return target.startsWith(SCHEME);
    }

    /** Parses an address, or refuses it with a message that never repeats a password it held. */
    public static HubAddress parse(String text) {
        if (!isHub(text)) {
            throw new SyncFailure("a hub address starts with " + SCHEME + ", e.g. "
                    + "postgresql://kiosk_demo@hub.example:5432/attendance");
        }
        String rest = text.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);
        int at = authority.lastIndexOf('@');
        if (at >= 0 && authority.substring(0, at).contains(":")) {
            String user = authority.substring(0, authority.substring(0, at).indexOf(':'));
            throw new SyncFailure("the hub address holds a password after '" + user + ":': take it out of the "
                    + "address and keep it in the file named by password_file under [sync] in the school's "
                    + "settings (or the environment variable " + HubPassword.ENVIRONMENT + "), never in an "
                    + "address, a settings file or a command line");
        }
        Matcher m = AUTHORITY.matcher(authority);
        if (!m.matches()) {
            throw new SyncFailure("the hub address '" + text + "' must name the user and the host: "
                    + "postgresql://USER@HOST:PORT/DATABASE, e.g. postgresql://kiosk_demo@hub.example:5432/attendance");
        }
        String user = m.group("user");
        if (!NAME.matcher(user).matches()) {
            throw new SyncFailure("the hub address '" + text + "' names the user '" + user + "': a PostgreSQL role "
                    + "name is letters, digits and _ (e.g. kiosk_demo)");
        }
        int port = m.group("port") == null ? 5432 : Integer.parseInt(m.group("port"));
        if (port < 1 || port > 65535) {
            throw new SyncFailure("the hub address '" + text + "' has port " + port + ": a port is 1 to 65535");
        }
        int question = path.indexOf('?');
        String database = question < 0 ? path : path.substring(0, question);
        String query = question < 0 ? "" : path.substring(question + 1);
        if (!NAME.matcher(database).matches()) {
            throw new SyncFailure("the hub address '" + text + "' must end with the database's name: "
                    + "postgresql://USER@HOST:PORT/DATABASE, e.g. postgresql://kiosk_demo@hub.example:5432/attendance");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                if (REFUSED.contains(key.toLowerCase(Locale.ROOT))) {
                    throw new SyncFailure("the hub address may not set '" + key + "': the user goes before the @ "
                            + "and a password only in the file named by password_file under [sync] (or the "
                            + "environment variable " + HubPassword.ENVIRONMENT + ")");
                }
                if (key.isEmpty() || eq < 0) {
                    throw new SyncFailure("the hub address has a parameter '" + pair + "' with no value: write "
                            + "NAME=VALUE, e.g. sslmode=verify-full");
                }
                parameters.put(key, pair.substring(eq + 1));
            }
        }
        return new HubAddress(text, user, m.group("host"), port, database,
                java.util.Collections.unmodifiableMap(parameters));
    }

    /** The role the hub knows this credential as. */
    public String user() {
        return user;
    }

    public String database() {
        return database;
    }

    /** The address as written: what staff see, and what deliveries are recorded against. */
    public String name() {
        return text;
    }

    /**
     * The JDBC URL: the address's parameters as given, plus lategate's defaults where the address
     * sets none (the application's name on the server, a connect timeout, a socket timeout so a
     * hub that stops answering ends a sync instead of hanging it).
     */
    String jdbcUrl() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("ApplicationName", "lategate");
        all.put("connectTimeout", "10");
        all.put("socketTimeout", "300");
        all.putAll(parameters);
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port).append('/')
                .append(database);
        char separator = '?';
        for (Map.Entry<String, String> e : all.entrySet()) {
            url.append(separator).append(e.getKey()).append('=').append(e.getValue());
            separator = '&';
        }
        return url.toString();
    }

    /** Host and port, for messages about reaching the hub. */
    String server() {
        return host + ":" + port;
    }

    @Override
    public String toString() {
        return text;
    }
}
