package se.brobygge.bench;

import com.vaadin.flow.internal.nodefeature.NodeFeatures;
import com.vaadin.flow.shared.JsonConstants;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * The client's copy of one UI's state tree, kept current from the {@code changes} of every UIDL
 * response, so the load client finds what to click by tag, class and text the way a user would,
 * never by a node id known in advance. Feature ids and change keys come from Flow's own constants
 * ({@link NodeFeatures}, {@link JsonConstants}), the ones its browser client is built against.
 */
final class UiTree {

    /** The UI itself is always the root of the tree (Flow's StateTree gives it this id). */
    static final int ROOT = 1;

    /** One state node: its map features (key to value) and list features (values or node ids). */
    static final class Node {
        final int id;
        final Map<Integer, Map<String, JsonNode>> maps = new HashMap<>();
        final Map<Integer, List<JsonNode>> lists = new HashMap<>();

        Node(int id) {
            this.id = id;
        }

        Map<String, JsonNode> map(int feature) {
            return maps.getOrDefault(feature, Map.of());
        }

        List<JsonNode> list(int feature) {
            return lists.getOrDefault(feature, List.of());
        }

        String tag() {
            JsonNode tag = map(NodeFeatures.ELEMENT_DATA).get("tag");
            return tag == null ? "" : tag.asString("");
        }

        /** Hidden with setVisible(false): the browser shows nothing, so a user cannot click it. */
        boolean hidden() {
            JsonNode visible = map(NodeFeatures.ELEMENT_DATA).get("visible");
            return visible != null && !visible.asBoolean(true);
        }

        String attribute(String name) {
            JsonNode value = map(NodeFeatures.ELEMENT_ATTRIBUTES).get(name);
            return value == null ? null : value.asString("");
        }

        JsonNode property(String name) {
            return map(NodeFeatures.ELEMENT_PROPERTIES).get(name);
        }

        Set<String> classes() {
            Set<String> classes = new HashSet<>();
            list(NodeFeatures.CLASS_LIST).forEach(v -> classes.add(v.asString("")));
            return classes;
        }

        /** DOM event type to the key of its event-data constant (what the server wants sent along). */
        Map<String, String> listeners() {
            Map<String, String> listeners = new LinkedHashMap<>();
            map(NodeFeatures.ELEMENT_LISTENERS)
                    .forEach((event, constant) -> listeners.put(event, constant.asString("")));
            return listeners;
        }

        @Override
        public String toString() {
            return "node " + id + " <" + tag() + ">";
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    int size() {
        return nodes.size();
    }

    Optional<Node> node(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** Applies the {@code changes} array of a UIDL response. */
    void apply(JsonNode changes) {
        if (changes == null || changes.isMissingNode() || changes.isNull()) {
            return;
        }
        if (!changes.isArray()) {
            throw new ProtocolException("'changes' is not an array: " + abbreviate(changes));
        }
        for (JsonNode change : changes) {
            applyOne(change);
        }
    }

    private void applyOne(JsonNode change) {
        JsonNode nodeId = change.get(JsonConstants.CHANGE_NODE);
        JsonNode type = change.get(JsonConstants.CHANGE_TYPE);
        if (nodeId == null || !nodeId.isInt() || type == null || !type.isString()) {
            throw new ProtocolException("A change without node or type: " + abbreviate(change));
        }
        int id = nodeId.intValue();
        switch (type.stringValue()) {
            case JsonConstants.CHANGE_TYPE_ATTACH -> nodes.computeIfAbsent(id, Node::new);
            case JsonConstants.CHANGE_TYPE_DETACH -> nodes.remove(id);
            case JsonConstants.CHANGE_TYPE_NOOP -> nodes.computeIfAbsent(id, Node::new);
            case JsonConstants.CHANGE_TYPE_PUT -> {
                JsonNode value = change.has(JsonConstants.CHANGE_PUT_NODE_VALUE)
                        ? change.get(JsonConstants.CHANGE_PUT_NODE_VALUE)
                        : change.get(JsonConstants.CHANGE_PUT_VALUE);
                mapOf(id, feature(change)).put(key(change), value == null ? NullNode.getInstance() : value);
            }
            case JsonConstants.CHANGE_TYPE_REMOVE -> mapOf(id, feature(change)).remove(key(change));
            case JsonConstants.CHANGE_TYPE_CLEAR -> {
                int feature = feature(change);
                Node node = nodes.computeIfAbsent(id, Node::new);
                node.lists.remove(feature);
                node.maps.remove(feature);
            }
            case JsonConstants.CHANGE_TYPE_SPLICE -> splice(id, change);
            default -> throw new ProtocolException("Unknown change type: " + abbreviate(change));
        }
    }

    private void splice(int id, JsonNode change) {
        List<JsonNode> list =
                nodes.computeIfAbsent(id, Node::new).lists.computeIfAbsent(feature(change), f -> new ArrayList<>());
        int index = change.path(JsonConstants.CHANGE_SPLICE_INDEX).asInt(-1);
        if (index < 0 || index > list.size()) {
            throw new ProtocolException("Splice outside the list (size " + list.size() + "): " + abbreviate(change));
        }
        int remove = change.path(JsonConstants.CHANGE_SPLICE_REMOVE).asInt(0);
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        JsonNode added = change.has(JsonConstants.CHANGE_SPLICE_ADD_NODES)
                ? change.get(JsonConstants.CHANGE_SPLICE_ADD_NODES)
                : change.get(JsonConstants.CHANGE_SPLICE_ADD);
        if (added != null) {
            int at = index;
            for (JsonNode value : added) {
                list.add(at++, value);
            }
        }
    }

    private Map<String, JsonNode> mapOf(int id, int feature) {
        return nodes.computeIfAbsent(id, Node::new).maps.computeIfAbsent(feature, f -> new HashMap<>());
    }

    private static int feature(JsonNode change) {
        JsonNode feature = change.get(JsonConstants.CHANGE_FEATURE);
        if (feature == null || !feature.isInt()) {
            throw new ProtocolException("A change without feature: " + abbreviate(change));
        }
        return feature.intValue();
    }

    private static String key(JsonNode change) {
        JsonNode key = change.get(JsonConstants.CHANGE_MAP_KEY);
        if (key == null || !key.isString()) {
            throw new ProtocolException("A map change without key: " + abbreviate(change));
        }
        return key.stringValue();
    }

    /** Element children of a node, in order (text nodes included). */
    List<Node> children(Node node) {
        List<Node> children = new ArrayList<>();
        for (JsonNode child : node.list(NodeFeatures.ELEMENT_CHILDREN)) {
            Node found = nodes.get(child.asInt(-1));
            if (found != null) {
                children.add(found);
            }
        }
        return children;
    }

    /** The text a user reads in this element: its text nodes and those of its visible descendants. */
    String text(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text, new HashSet<>());
        return text.toString().strip();
    }

    private void appendText(Node node, StringBuilder text, Set<Integer> seen) {
        if (!seen.add(node.id) || node.hidden()) {
            return;
        }
        JsonNode own = node.map(NodeFeatures.TEXT_NODE).get("text");
        if (own != null) {
            text.append(own.asString(""));
        }
        for (Node child : children(node)) {
            appendText(child, text, seen);
        }
    }

    /**
     * Elements a user could see: reachable from the UI through children and virtual children
     * (where Flow keeps the view container), and not hidden themselves or by an ancestor.
     */
    Stream<Node> shown() {
        List<Node> shown = new ArrayList<>();
        Deque<Node> queue = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        node(ROOT).ifPresent(queue::add);
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            if (!seen.add(node.id) || node.hidden()) {
                continue;
            }
            shown.add(node);
            for (int feature : new int[] {NodeFeatures.ELEMENT_CHILDREN, NodeFeatures.VIRTUAL_CHILDREN}) {
                for (JsonNode child : node.list(feature)) {
                    Node found = nodes.get(child.asInt(-1));
                    if (found != null) {
                        queue.add(found);
                    }
                }
            }
        }
        return shown.stream();
    }

    Optional<Node> find(Predicate<Node> predicate) {
        return shown().filter(predicate).findFirst();
    }

    /** A shown element with this tag whose visible text is exactly {@code text}. */
    Optional<Node> byTagAndText(String tag, String text) {
        return find(n -> n.tag().equals(tag) && text(n).equals(text));
    }

    Optional<Node> byTagAndClass(String tag, String className) {
        return find(n -> n.tag().equals(tag) && n.classes().contains(className));
    }

    /** Whether any shown element displays exactly this text (a heading, a label). */
    boolean showsText(String text) {
        return shown().anyMatch(n -> !n.tag().isEmpty() && text(n).equals(text));
    }

    /** Whether a shown element with this tag has this property value (e.g. a notification's text). */
    boolean showsProperty(String tag, String property, String value) {
        return shown().anyMatch(n -> n.tag().equals(tag)
                && n.property(property) != null
                && value.equals(n.property(property).asString("")));
    }

    /** The language the UI renders in: the {@code lang} attribute Flow sets on the UI's body element. */
    Locale locale() {
        String lang = node(ROOT).map(n -> n.attribute("lang")).orElse(null);
        return lang == null || lang.isBlank() ? Locale.ROOT : Locale.forLanguageTag(lang);
    }

    long count(String tag) {
        return shown().filter(n -> n.tag().equals(tag)).count();
    }

    static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
