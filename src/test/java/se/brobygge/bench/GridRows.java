package se.brobygge.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;

/**
 * How many rows the grids of a view hold, read from what the server told the browser: Flow's grid
 * sends its size through the grid connector ({@code $connector.updateSize(n)}) in the
 * {@code execute} part of a UIDL response.
 */
final class GridRows {

    private GridRows() {}

    /**
     * Rows of all grids in this response (the last size sent per grid), or empty without a grid.
     * Combo boxes use a connector with the same call; the tree tells them apart by tag.
     */
    static OptionalInt in(JsonNode uidl, UiTree tree) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (JsonNode invocation : uidl.path("execute")) {
            if (!invocation.isArray() || invocation.isEmpty()) {
                continue;
            }
            String script = invocation.get(invocation.size() - 1).asString("");
            if (!script.contains("$connector.updateSize(")) {
                continue;
            }
            String grid = null;
            Integer size = null;
            for (int i = 0; i < invocation.size() - 1; i++) {
                JsonNode argument = invocation.get(i);
                if (argument.isObject() && argument.has("@v-node")) {
                    grid = argument.get("@v-node").asString();
                } else if (argument.isIntegralNumber() && size == null) {
                    size = argument.intValue();
                }
            }
            if (grid == null || size == null) {
                throw new ProtocolException(
                        "A grid size update without grid or size: " + UiTree.abbreviate(invocation));
            }
            int node = Integer.parseInt(grid);
            if (tree.node(node).map(n -> n.tag().equals("vaadin-grid")).orElse(false)) {
                sizes.put(grid, size);
            }
        }
        return sizes.isEmpty()
                ? OptionalInt.empty()
                : OptionalInt.of(sizes.values().stream().mapToInt(i -> i).sum());
    }
}
