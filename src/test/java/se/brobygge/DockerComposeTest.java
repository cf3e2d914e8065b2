package se.brobygge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the files under {@code docker/} against each other and against what the application
 * reads, so that {@code docker compose up} gives a working installation: no Docker needed.
 */
class DockerComposeTest {

    private static final Path COMPOSE = Path.of("docker/compose.yaml");
    private static final Path DOCKERFILE = Path.of("docker/Dockerfile");
    private static final Path REALM = Path.of("docker/keycloak/brobygge-realm.json");
    private static final String APP = "brobygge";
    private static final String OIDC_REGISTRATION = "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_";
    private static final String OIDC_PROVIDER = "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_";
    private static final String ROLE_MAPPING = "BROBYGGE_SECURITY_OIDC_ROLEMAPPING_";
    private static final Pattern JDBC_URL =
            Pattern.compile("jdbc:(?:mariadb|mysql)://([^:/?]+)(?::(\\d+))?/([^?;]+).*");

    private Map<String, Object> services = Map.of();
    private Map<String, String> app = Map.of();

    @BeforeEach
    void readCompose() throws IOException {
        assertThat(COMPOSE).as("the compose file, relative to the project root").isRegularFile();
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        assertThat(compose).as("compose.yaml parsed as a YAML mapping").isNotNull();
        services = map(compose.get("services"), "services of compose.yaml");
        app = environment(APP);
    }

    @Test
    void composeDefinesTheApplicationAndEverythingItTalksTo() {
        assertThat(services).as("services in compose.yaml").containsKeys("mariadb", "keycloak", "mailpit", APP);
        Map<String, Object> build = map(service(APP).get("build"), "build of the brobygge service");
        assertThat(build)
                .as("brobygge is built from the repository root with docker/Dockerfile")
                .containsEntry("context", "..")
                .containsEntry("dockerfile", "docker/Dockerfile");
        assertThat(String.valueOf(service(APP).get("depends_on")))
                .as("brobygge waits for the database, Keycloak and the mail server")
                .contains("mariadb", "keycloak", "mailpit");
        assertThat(service(APP)).as("brobygge has a health check").containsKey("healthcheck");
        assertThat(String.valueOf(map(service(APP).get("healthcheck"), "healthcheck of brobygge")
                        .get("test")))
                .as("brobygge's health check asks the actuator")
                .contains("/actuator/health");
    }

    @Test
    void applicationUsesTheDatabaseOfTheMariadbService() {
        String url = required("BROBYGGE_DB_URL");
        Matcher jdbc = JDBC_URL.matcher(url);
        assertThat(jdbc.matches())
                .as("BROBYGGE_DB_URL %s is a MariaDB JDBC URL", url)
                .isTrue();
        String host = jdbc.group(1);
        assertThat(services)
                .as("BROBYGGE_DB_URL host %s is a service of compose.yaml", host)
                .containsKey(host);
        assertThat(image(host)).as("image of the database service %s", host).startsWith("mariadb");
        assertThat(jdbc.group(2) == null ? "3306" : jdbc.group(2))
                .as("BROBYGGE_DB_URL port: MariaDB listens on 3306 inside the network")
                .isEqualTo("3306");

        Map<String, String> db = environment(host);
        assertThat(jdbc.group(3))
                .as("database name in BROBYGGE_DB_URL equals MARIADB_DATABASE of %s", host)
                .isEqualTo(db.get("MARIADB_DATABASE"));
        // migrations run as the schema owner (MARIADB_USER); the application as its own user, made by the
        // init script, which the owner grants its rights after each migration (docs/decisions/0029)
        assertThat(required("SPRING_FLYWAY_USER"))
                .as("SPRING_FLYWAY_USER equals MARIADB_USER of %s", host)
                .isEqualTo(db.get("MARIADB_USER"));
        assertThat(required("SPRING_FLYWAY_PASSWORD"))
                .as("SPRING_FLYWAY_PASSWORD equals MARIADB_PASSWORD of %s", host)
                .isEqualTo(db.get("MARIADB_PASSWORD"));
        String appUser = "'" + required("BROBYGGE_DB_USER") + "'@'%'";
        assertThat(required("BROBYGGE_DB_APP_USER"))
                .as("BROBYGGE_DB_APP_USER names BROBYGGE_DB_USER")
                .isEqualTo(appUser);
        assertThat(String.valueOf(service(host).get("volumes")))
                .as("the init scripts are mounted into %s", host)
                .contains("./mariadb/init:/docker-entrypoint-initdb.d");
        String init;
        try {
            init = Files.readString(Path.of("docker/mariadb/init/10-application-user.sql"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(init)
                .as("the init script makes the application user with BROBYGGE_DB_PASSWORD")
                .contains("CREATE USER IF NOT EXISTS " + appUser + " IDENTIFIED BY '" + required("BROBYGGE_DB_PASSWORD")
                        + "'")
                .contains("GRANT ALL PRIVILEGES ON `" + db.get("MARIADB_DATABASE") + "`.* TO '" + db.get("MARIADB_USER")
                        + "'@'%' WITH GRANT OPTION");
        assertThat(String.valueOf(service(host).get("command")))
                .as("the database stores full Unicode (utf8mb4)")
                .contains("--character-set-server=utf8mb4");
    }

    @Test
    void applicationSendsMailThroughTheMailpitService() {
        String host = required("BROBYGGE_SMTP_HOST");
        assertThat(services)
                .as("BROBYGGE_SMTP_HOST %s is a service of compose.yaml", host)
                .containsKey(host);
        assertThat(image(host)).as("image of the mail service %s", host).startsWith("axllent/mailpit");
        assertThat(required("BROBYGGE_SMTP_PORT"))
                .as("BROBYGGE_SMTP_PORT is Mailpit's SMTP port")
                .isEqualTo("1025");
        assertThat(app)
                .as("brobygge's environment names the sender of its mail")
                .containsKey("BROBYGGE_MAIL_FROM");
    }

    @Test
    void baseUrlIsWhereTheApplicationIsPublished() {
        URI base = URI.create(required("BROBYGGE_BASE_URL"));
        assertThat(base.getScheme()).as("scheme of BROBYGGE_BASE_URL").isIn("http", "https");
        assertThat(base.getPath())
                .as("BROBYGGE_BASE_URL has no path or trailing slash")
                .isEmpty();
        int port = base.getPort() == -1 ? ("https".equals(base.getScheme()) ? 443 : 80) : base.getPort();
        assertThat(ports(APP))
                .as("brobygge publishes the port of BROBYGGE_BASE_URL on the host")
                .contains(port + ":8080");
    }

    @Test
    void oidcClientMatchesTheKeycloakRealm() throws IOException {
        String registration = registrationId();
        String prefix = OIDC_REGISTRATION + registration.toUpperCase(Locale.ROOT) + "_";
        String clientId = required(prefix + "CLIENT_ID");
        String secret = required(prefix + "CLIENT_SECRET");
        String issuer = required(OIDC_PROVIDER + registration.toUpperCase(Locale.ROOT) + "_ISSUER_URI");

        JsonNode realm = realm();
        String realmName = realm.path("realm").asString();
        assertThat(realm.path("enabled").asBoolean(true))
                .as("realm %s is enabled", realmName)
                .isTrue();
        assertThat(issuer).as("issuer URI names the imported realm").endsWith("/realms/" + realmName);

        JsonNode client = client(realm, clientId);
        assertThat(client.path("secret").asString())
                .as("client secret of %s in the realm equals the app's", clientId)
                .isEqualTo(secret);
        assertThat(client.path("publicClient").asBoolean(false))
                .as("client %s is confidential", clientId)
                .isFalse();
        assertThat(client.path("standardFlowEnabled").asBoolean(true))
                .as("client %s may use the authorization code flow", clientId)
                .isTrue();
        assertThat(client.path("implicitFlowEnabled").asBoolean(false))
                .as("client %s may not use the implicit flow", clientId)
                .isFalse();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean(true))
                .as("client %s may not use password grants", clientId)
                .isFalse();

        String baseUrl = required("BROBYGGE_BASE_URL");
        assertThat(strings(client.path("redirectUris")))
                .as("redirect URIs of client %s", clientId)
                .contains(baseUrl + "/login/oauth2/code/" + registration);
        assertThat(strings(client.path("webOrigins")))
                .as("web origins of client %s", clientId)
                .contains(baseUrl);
    }

    @Test
    void browserAndApplicationSeeTheSameIssuer() {
        URI issuer = URI.create(required(OIDC_PROVIDER + registrationId().toUpperCase(Locale.ROOT) + "_ISSUER_URI"));
        String host = issuer.getHost();
        assertThat(services)
                .as("issuer host %s is a service of compose.yaml", host)
                .containsKey(host);
        assertThat(image(host)).as("image of the identity provider %s", host).contains("keycloak");
        Map<String, String> keycloak = environment(host);
        int port = issuer.getPort() == -1 ? 80 : issuer.getPort();
        assertThat(keycloak.getOrDefault("KC_HTTP_PORT", "8080"))
                .as("Keycloak listens inside its container on the issuer's port %s", port)
                .isEqualTo(String.valueOf(port));
        assertThat(ports(host))
                .as(
                        "Keycloak is published on the host on the same port as the issuer's, so the"
                                + " browser reaches it with '127.0.0.1 %s' in /etc/hosts",
                        host)
                .contains(port + ":" + port);
        if (keycloak.containsKey("KC_HOSTNAME")) {
            assertThat(keycloak.get("KC_HOSTNAME"))
                    .as("KC_HOSTNAME is the scheme, host and port of the issuer")
                    .isEqualTo(issuer.getScheme() + "://" + issuer.getAuthority());
        }
        assertThat(String.valueOf(service(host).get("command")))
                .as("Keycloak imports the realm at start")
                .contains("--import-realm");
        assertThat(String.valueOf(service(host).get("volumes")))
                .as("the realm export is mounted into Keycloak's import folder")
                .contains("./keycloak/brobygge-realm.json:/opt/keycloak/data/import/");
    }

    @Test
    void realmSendsTheGroupsTheApplicationMapsToRoles() throws IOException {
        String claim = required("BROBYGGE_SECURITY_OIDC_ROLECLAIM");
        JsonNode realm = realm();
        JsonNode client =
                client(realm, required(OIDC_REGISTRATION + registrationId().toUpperCase(Locale.ROOT) + "_CLIENT_ID"));
        JsonNode mapper = null;
        for (JsonNode candidate : client.path("protocolMappers")) {
            if ("oidc-group-membership-mapper"
                            .equals(candidate.path("protocolMapper").asString())
                    && claim.equals(candidate.path("config").path("claim.name").asString())) {
                mapper = candidate;
            }
        }
        assertThat(mapper)
                .as("client has a group membership mapper into the claim %s", claim)
                .isNotNull();
        JsonNode config = Objects.requireNonNull(mapper).path("config");
        assertThat(config.path("full.path").asString())
                .as("groups are sent without their path")
                .isEqualTo("false");
        for (String token : List.of("id.token.claim", "access.token.claim", "userinfo.token.claim")) {
            assertThat(config.path(token).asString())
                    .as("the %s claim is in %s", claim, token)
                    .isEqualTo("true");
        }

        List<String> groups = new ArrayList<>();
        realm.path("groups").forEach(group -> groups.add(group.path("name").asString()));
        Map<String, String> mapping = new LinkedHashMap<>();
        app.forEach((key, value) -> {
            if (key.startsWith(ROLE_MAPPING)) {
                // Spring Boot binds map keys from environment variables in lower case
                mapping.put(key.substring(ROLE_MAPPING.length()).toLowerCase(Locale.ROOT), value);
            }
        });
        assertThat(mapping)
                .as("role mapping of the groups claim (%s*)", ROLE_MAPPING)
                .containsEntry("staff", "STAFF")
                .containsEntry("admin", "ADMIN");
        assertThat(groups).as("groups of the realm that are mapped to roles").containsAll(mapping.keySet());

        for (JsonNode user : realm.path("users")) {
            for (String path : strings(user.path("groups"))) {
                assertThat(groups)
                        .as(
                                "group %s of demo user %s exists",
                                path, user.path("username").asString())
                        .contains(path.startsWith("/") ? path.substring(1) : path);
            }
        }
    }

    @Test
    void composeStartsWithoutAnEnvFile() throws IOException {
        List<String> undefaulted = new ArrayList<>();
        for (String line : Files.readAllLines(COMPOSE)) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            for (int i = 0; i < line.length() - 1; i++) {
                if (line.charAt(i) != '$') {
                    continue;
                }
                char next = line.charAt(i + 1);
                if (next == '$') {
                    i++; // "$$" is a literal dollar sign
                } else if (next == '{') {
                    int end = line.indexOf('}', i);
                    String expression = end < 0 ? line.substring(i) : line.substring(i + 2, end);
                    if (!expression.matches("[A-Za-z_][A-Za-z0-9_]*:?-.*")) {
                        undefaulted.add("${" + expression + "}");
                    }
                } else if (Character.isLetter(next) || next == '_') {
                    undefaulted.add(line.substring(i).split("[^A-Za-z0-9_$]", 2)[0]);
                }
            }
        }
        assertThat(undefaulted)
                .as("variables in compose.yaml without a default (write ${VAR:-default})")
                .isEmpty();
    }

    @Test
    void dockerfileBuildsTheProductionBundleAndServesOn8080() throws IOException {
        assertThat(DOCKERFILE).as("the Dockerfile that compose.yaml builds").isRegularFile();
        // join continuation lines, drop comments
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(DOCKERFILE)) {
            String stripped = line.strip();
            if (stripped.startsWith("#") || stripped.isEmpty() && current.isEmpty()) {
                continue;
            }
            if (stripped.endsWith("\\")) {
                current.append(stripped, 0, stripped.length() - 1).append(' ');
            } else {
                instructions.add(current.append(stripped).toString());
                current.setLength(0);
            }
        }
        int lastFrom = -1;
        for (int i = 0; i < instructions.size(); i++) {
            if (keyword(instructions.get(i)).equals("FROM")) {
                lastFrom = i;
            }
        }
        assertThat(lastFrom).as("the Dockerfile has a FROM instruction").isNotNegative();
        List<String> build = instructions.subList(0, lastFrom);
        List<String> runtime = instructions.subList(lastFrom, instructions.size());

        assertThat(build)
                .as("an earlier stage builds the jar with the production profile")
                .anySatisfy(i -> assertThat(i)
                        .startsWith("RUN")
                        .contains("mvn")
                        .contains("-Pproduction")
                        .contains("package"));
        assertThat(runtime)
                .as("the final stage exposes port 8080")
                .anySatisfy(i -> assertThat(keyword(i)).isEqualTo("EXPOSE"))
                .filteredOn(i -> keyword(i).equals("EXPOSE"))
                .anySatisfy(i -> assertThat(i.split("\\s+")).containsAnyOf("8080", "8080/tcp"));
        List<String> users = runtime.stream()
                .filter(i -> keyword(i).equals("USER"))
                .map(i -> i.split("\\s+")[1])
                .toList();
        assertThat(users).as("the final stage switches to a user").isNotEmpty();
        assertThat(users.getLast())
                .as("the final stage runs as a non-root user")
                .doesNotStartWith("root")
                .isNotEqualTo("0")
                .doesNotStartWith("0:");
        assertThat(runtime)
                .as("the final stage starts the application jar")
                .anySatisfy(i -> assertThat(i).startsWith("ENTRYPOINT").contains("-jar"));
    }

    private static final Path SCALE = Path.of("docker/compose.scale.yaml");
    private static final Path HAPROXY = Path.of("docker/haproxy/haproxy.cfg");
    private static final Path KUBERNETES = Path.of("docker/kubernetes/brobygge.yaml");
    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final List<String> NODES = List.of("brobygge-1", "brobygge-2");
    private static final String READINESS = "/actuator/health/readiness";
    private static final String LIVENESS = "/actuator/health/liveness";

    @Test
    void scaledComposeRunsTwoNodesLikeTheSingleOneBehindTheLoadBalancer() throws IOException {
        Map<String, Object> scaled = map(
                new Yaml().<Map<String, Object>>load(Files.readString(SCALE)).get("services"),
                "services of compose.scale.yaml");
        assertThat(scaled)
                .containsKeys("mariadb", "keycloak", "mailpit", "loadbalancer")
                .containsKeys(NODES.toArray(String[]::new));
        for (String node : NODES) {
            assertThat(environment(scaled, node))
                    .as("%s is configured as compose.yaml's brobygge", node)
                    .containsAllEntriesOf(app);
            assertThat(String.valueOf(service(scaled, node).get("build")))
                    .as("build of %s", node)
                    .isEqualTo(String.valueOf(service(APP).get("build")));
            assertThat(ports(scaled, node))
                    .as("%s is reached only through the load balancer", node)
                    .isEmpty();
            assertThat(String.valueOf(map(service(scaled, node).get("healthcheck"), "healthcheck")
                            .get("test")))
                    .contains(READINESS);
            assertThat(String.valueOf(service(scaled, node).get("stop_grace_period")))
                    .as("the node gets the time graceful shutdown needs")
                    .isEqualTo("30s");
        }
        assertThat(ports(scaled, "loadbalancer"))
                .as("the load balancer is published where the single node was")
                .containsExactlyElementsOf(ports(APP));
        assertThat(String.valueOf(service(scaled, "loadbalancer").get("volumes")))
                .contains("./haproxy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg");
        assertThat(String.valueOf(service(scaled, "loadbalancer").get("image"))).startsWith("haproxy");
    }

    @Test
    void theScaledNodesAndTheKubernetesReplicasShareOneOpenSearchIndex() throws IOException {
        Map<String, Object> scaled = map(
                new Yaml().<Map<String, Object>>load(Files.readString(SCALE)).get("services"),
                "services of compose.scale.yaml");
        for (String node : NODES) {
            Map<String, String> environment = environment(scaled, node);
            assertThat(environment)
                    .as("%s searches in OpenSearch", node)
                    .containsEntry("SPRING_PROFILES_ACTIVE", "search-opensearch");
            URI search = URI.create(environment.get("BROBYGGE_SEARCH_URIS"));
            assertThat(String.valueOf(service(scaled, search.getHost()).get("image")))
                    .as("BROBYGGE_SEARCH_URIS of %s names the OpenSearch service", node)
                    .startsWith("opensearchproject/opensearch");
            assertThat(search.getPort()).isEqualTo(9200);
            assertThat(String.valueOf(service(scaled, node).get("depends_on"))).contains(search.getHost());
        }
        Map<String, Map<String, Object>> byKind = new LinkedHashMap<>();
        for (Path file : List.of(KUBERNETES, KUBERNETES.resolveSibling("opensearch.yaml"))) {
            for (Object document : new Yaml().loadAll(Files.readString(file))) {
                Map<String, Object> resource = map(document, "a resource of the Kubernetes example");
                String name =
                        String.valueOf(map(resource.get("metadata"), "metadata").get("name"));
                byKind.put(resource.get("kind") + "/" + name, resource);
            }
        }
        Map<String, Object> config = map(byKind.get("ConfigMap/brobygge-config").get("data"), "ConfigMap data");
        assertThat(config).containsEntry("SPRING_PROFILES_ACTIVE", "search-opensearch");
        URI search = URI.create(String.valueOf(config.get("BROBYGGE_SEARCH_URIS")));
        assertThat(byKind)
                .as("BROBYGGE_SEARCH_URIS names the Service of opensearch.yaml")
                .containsKey("Service/"
                        + search.getHost().substring(0, search.getHost().indexOf('.')))
                .containsKey("StatefulSet/opensearch");
    }

    @Test
    void loadBalancerKeepsEachBrowserOnItsNodeAndChecksReadiness() throws IOException {
        String config = Files.readString(HAPROXY);
        Matcher server = Pattern.compile("(?m)^\\s*server\\s+(\\S+)\\s+([^:\\s]+):(\\d+)(.*)$")
                .matcher(config);
        List<String> hosts = new ArrayList<>();
        while (server.find()) {
            hosts.add(server.group(2));
            assertThat(server.group(3))
                    .as("port of %s: the application listens on 8080", server.group(1))
                    .isEqualTo("8080");
            assertThat(server.group(4))
                    .as("server %s has its own sticky cookie value", server.group(1))
                    .contains("cookie ");
        }
        assertThat(hosts)
                .as("the load balancer's servers are the compose nodes")
                .containsExactlyElementsOf(NODES);
        assertThat(config)
                .as("a cookie pins each browser to the node holding its Vaadin session")
                .containsPattern("(?m)^\\s*cookie \\S+ insert")
                .containsPattern("(?m)^\\s*option httpchk GET " + Pattern.quote(READINESS) + "$")
                .containsPattern("(?m)^\\s*bind \\*:8080$");
    }

    @Test
    void scaledNodesShareTheirRateLimitsThroughRedis() throws IOException {
        Map<String, Object> scaled = map(
                new Yaml().<Map<String, Object>>load(Files.readString(SCALE)).get("services"),
                "services of compose.scale.yaml");
        for (String node : NODES) {
            URI redis = URI.create(environment(scaled, node).getOrDefault("BROBYGGE_REDIS_URL", ""));
            assertThat(redis.getScheme()).as("%s has a Redis URL", node).isEqualTo("redis");
            assertThat(scaled)
                    .as("the Redis of %s is a service of compose.scale.yaml", node)
                    .containsKey(redis.getHost());
            assertThat(String.valueOf(service(scaled, redis.getHost()).get("image")))
                    .startsWith("redis");
            assertThat(redis.getPort())
                    .as("Redis listens on 6379 inside the network")
                    .isIn(-1, 6379);
        }
        Map<String, Map<String, Object>> byKind = new LinkedHashMap<>();
        for (Object document : new Yaml().loadAll(Files.readString(KUBERNETES.resolveSibling("redis.yaml")))) {
            Map<String, Object> resource = map(document, "a resource of the Kubernetes Redis");
            byKind.put(String.valueOf(resource.get("kind")), resource);
        }
        Object name = map(byKind.get("Service").get("metadata"), "Redis Service metadata")
                .get("name");
        Map<String, Object> config = null;
        for (Object document : new Yaml().loadAll(Files.readString(KUBERNETES))) {
            Map<String, Object> resource = map(document, "a resource of the Kubernetes example");
            if ("ConfigMap".equals(resource.get("kind"))) {
                config = map(resource.get("data"), "ConfigMap data");
            }
        }
        assertThat(config).isNotNull();
        assertThat(URI.create(String.valueOf(config.get("BROBYGGE_REDIS_URL"))).getHost())
                .as("the replicas reach the Redis Service")
                .startsWith(name + ".");
        assertThat(byKind).containsKeys("Deployment", "Service", "NetworkPolicy");
    }

    @Test
    void kubernetesExampleRunsTwoReplicasWithProbesAndAffinity() throws IOException {
        Map<String, Map<String, Object>> byKind = new LinkedHashMap<>();
        for (Object document : new Yaml().loadAll(Files.readString(KUBERNETES))) {
            Map<String, Object> resource = map(document, "a resource of the Kubernetes example");
            byKind.put(String.valueOf(resource.get("kind")), resource);
        }
        assertThat(byKind).containsKeys("ConfigMap", "Deployment", "Service", "Ingress");
        Map<String, Object> spec = map(byKind.get("Deployment").get("spec"), "Deployment spec");
        assertThat((Integer) spec.get("replicas")).as("replicas").isGreaterThanOrEqualTo(2);
        Map<String, Object> template = map(spec.get("template"), "pod template");
        Map<String, Object> labels =
                map(map(template.get("metadata"), "pod metadata").get("labels"), "pod labels");
        Map<String, Object> pod = map(template.get("spec"), "pod spec");
        Map<String, Object> container = map(((List<?>) pod.get("containers")).getFirst(), "container");
        assertThat(String.valueOf(container.get("ports"))).contains("containerPort=8080", "name=http");
        assertThat(String.valueOf(
                        map(container.get("livenessProbe"), "liveness probe").get("httpGet")))
                .contains(LIVENESS);
        assertThat(String.valueOf(
                        map(container.get("readinessProbe"), "readiness probe").get("httpGet")))
                .contains(READINESS);
        Properties properties = new Properties();
        properties.load(Files.newBufferedReader(PROPERTIES));
        assertThat(properties.getProperty("server.shutdown")).isEqualTo("graceful");
        long shutdown = Duration.parse("PT"
                        + properties
                                .getProperty("spring.lifecycle.timeout-per-shutdown-phase")
                                .toUpperCase(Locale.ROOT))
                .toSeconds();
        assertThat(((Number) pod.get("terminationGracePeriodSeconds")).longValue())
                .as("Kubernetes waits longer than the graceful shutdown")
                .isGreaterThan(shutdown);

        Map<String, Object> service = byKind.get("Service");
        Map<String, Object> serviceSpec = map(service.get("spec"), "Service spec");
        assertThat(map(serviceSpec.get("selector"), "Service selector"))
                .as("the Service selects the pods")
                .isEqualTo(labels);
        assertThat(String.valueOf(serviceSpec.get("ports"))).contains("targetPort=http");
        assertThat(serviceSpec.get("sessionAffinity")).isEqualTo("ClientIP");
        Map<String, Object> ingress = byKind.get("Ingress");
        assertThat(map(map(ingress.get("metadata"), "Ingress metadata").get("annotations"), "annotations"))
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
        assertThat(String.valueOf(ingress.get("spec")))
                .contains("name=" + map(service.get("metadata"), "m").get("name"));

        Map<String, Object> config = map(byKind.get("ConfigMap").get("data"), "ConfigMap data");
        assertThat(config)
                .as("the Kubernetes example sets what compose.yaml sets")
                .containsKeys(
                        "BROBYGGE_DB_URL",
                        "BROBYGGE_DB_USER",
                        "BROBYGGE_SMTP_HOST",
                        "BROBYGGE_SMTP_PORT",
                        "BROBYGGE_BASE_URL",
                        "BROBYGGE_SECURITY_OIDC_ROLECLAIM");
        assertThat(String.valueOf(config.get("BROBYGGE_DB_URL"))).matches(JDBC_URL);
    }

    @Test
    void healthPathsUsedByTheDeploymentFilesAreServed() throws IOException {
        Properties properties = new Properties();
        properties.load(Files.newBufferedReader(PROPERTIES));
        assertThat(properties.getProperty("management.endpoint.health.probes.enabled"))
                .isEqualTo("true");
        assertThat(properties.getProperty("management.endpoints.web.exposure.include"))
                .contains("health");
        Pattern health = Pattern.compile("/actuator/health[a-z/]*");
        for (Path file : List.of(COMPOSE, SCALE, HAPROXY, KUBERNETES, DOCKERFILE)) {
            Matcher path = health.matcher(Files.readString(file));
            while (path.find()) {
                assertThat(path.group()).as("health path in %s", file).isIn("/actuator/health", LIVENESS, READINESS);
            }
        }
    }

    private static String keyword(String instruction) {
        return instruction.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    }

    private String required(String name) {
        assertThat(app).as("environment of the brobygge service sets %s", name).containsKey(name);
        String value = app.get(name);
        assertThat(value).as("value of %s in the brobygge service", name).isNotBlank();
        return value;
    }

    private String registrationId() {
        List<String> ids = app.keySet().stream()
                .filter(key -> key.startsWith(OIDC_REGISTRATION) && key.endsWith("_CLIENT_ID"))
                .map(key -> key.substring(OIDC_REGISTRATION.length(), key.length() - "_CLIENT_ID".length()))
                .toList();
        assertThat(ids)
                .as("brobygge's environment configures exactly one OIDC client registration")
                .hasSize(1);
        return ids.getFirst().toLowerCase(Locale.ROOT);
    }

    private static JsonNode realm() throws IOException {
        assertThat(REALM).as("the Keycloak realm export").isRegularFile();
        return JsonMapper.builder().build().readTree(Files.readString(REALM));
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        JsonNode found = null;
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asString())) {
                found = client;
            }
        }
        assertThat(found)
                .as("realm %s has a client %s", realm.path("realm").asString(), clientId)
                .isNotNull();
        return Objects.requireNonNull(found);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private Map<String, Object> service(String name) {
        return service(services, name);
    }

    private static Map<String, Object> service(Map<String, Object> services, String name) {
        assertThat(services).as("services of the compose file").containsKey(name);
        return map(services.get(name), "service " + name);
    }

    private String image(String name) {
        return String.valueOf(service(name).get("image"));
    }

    private List<String> ports(String name) {
        return ports(services, name);
    }

    private static List<String> ports(Map<String, Object> services, String name) {
        List<String> ports = new ArrayList<>();
        if (service(services, name).get("ports") instanceof List<?> list) {
            for (Object port : list) {
                if (port instanceof Map<?, ?> longForm) {
                    ports.add(longForm.get("published") + ":" + longForm.get("target"));
                } else {
                    // "8080:8080", "127.0.0.1:8080:8080" or "8080:8080/tcp"
                    String value = String.valueOf(port).replaceFirst("/tcp$", "");
                    String[] parts = value.split(":");
                    ports.add(parts.length >= 2 ? parts[parts.length - 2] + ":" + parts[parts.length - 1] : value);
                }
            }
        }
        return ports;
    }

    /** A service's environment, given as a mapping or as a list of {@code NAME=value}. */
    private Map<String, String> environment(String name) {
        return environment(services, name);
    }

    private static Map<String, String> environment(Map<String, Object> services, String name) {
        Object environment = service(services, name).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> result.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else if (environment instanceof List<?> list) {
            for (Object entry : list) {
                String text = String.valueOf(entry);
                int equals = text.indexOf('=');
                result.put(
                        equals < 0 ? text : text.substring(0, equals), equals < 0 ? null : text.substring(equals + 1));
            }
        } else {
            assertThat(environment)
                    .as("environment of service %s is a mapping or a list", name)
                    .isNull();
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertThat(value).as("%s is a mapping", what).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
