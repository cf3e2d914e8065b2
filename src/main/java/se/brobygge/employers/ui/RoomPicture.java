package se.brobygge.employers.ui;

import java.util.List;
import java.util.function.Function;
import se.brobygge.employers.Participant;
import se.brobygge.employers.ParticipantRole;
import se.brobygge.employers.SeatingPlan;

/**
 * The room as SVG, written on the server: round tables in a grid, each with its number and the
 * names and roles around it. Every name is XML-escaped, so user text never becomes markup.
 */
final class RoomPicture {

    static final int CELL = 300;
    static final int RADIUS = 60;

    private RoomPicture() {}

    static String svg(SeatingPlan plan, Function<String, String> t, String title) {
        List<SeatingPlan.PlanTable> tables = plan.tables();
        int columns = Math.max(1, Math.min(3, tables.size()));
        int rows = Math.max(1, (tables.size() + columns - 1) / columns);
        int width = columns * CELL;
        int height = rows * CELL;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"room-title\" class=\"room-svg\" width=\"100%\">")
                .append("<title id=\"room-title\">")
                .append(xml(title))
                .append("</title>");
        for (int i = 0; i < tables.size(); i++) {
            SeatingPlan.PlanTable table = tables.get(i);
            int cx = (i % columns) * CELL + CELL / 2;
            int cy = (i / columns) * CELL + CELL / 2;
            svg.append("<g class=\"room-table")
                    .append(table.locked() ? " locked" : "")
                    .append("\">");
            svg.append("<circle cx=\"")
                    .append(cx)
                    .append("\" cy=\"")
                    .append(cy)
                    .append("\" r=\"")
                    .append(RADIUS)
                    .append("\" fill=\"")
                    .append(table.locked() ? "#fdecc8" : "#e8f1fb")
                    .append("\" stroke=\"#1a3d6d\" stroke-width=\"3\"/>");
            svg.append("<text x=\"")
                    .append(cx)
                    .append("\" y=\"")
                    .append(cy + 8)
                    .append("\" text-anchor=\"middle\" font-size=\"26\" font-weight=\"bold\" fill=\"#1a3d6d\">")
                    .append(xml(t.apply("employers.print.table").replace("{0}", Integer.toString(table.number()))))
                    .append("</text>");
            List<Participant> people = table.people();
            for (int p = 0; p < people.size(); p++) {
                double angle = 2 * Math.PI * p / people.size() - Math.PI / 2;
                int x = (int) Math.round(cx + (RADIUS + 45) * Math.cos(angle));
                int y = (int) Math.round(cy + (RADIUS + 40) * Math.sin(angle));
                Participant person = people.get(p);
                svg.append("<text x=\"")
                        .append(x)
                        .append("\" y=\"")
                        .append(y)
                        .append("\" text-anchor=\"middle\" font-size=\"15\" fill=\"#111\">")
                        .append(xml(shorten(person.displayName())))
                        .append("</text>");
                svg.append("<text x=\"")
                        .append(x)
                        .append("\" y=\"")
                        .append(y + 16)
                        .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"")
                        .append(colour(person.role()))
                        .append("\">")
                        .append(xml(t.apply("employers.role." + person.role())))
                        .append("</text>");
            }
            svg.append("</g>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String shorten(String name) {
        return name.length() > 22 ? name.substring(0, 21) + "…" : name;
    }

    /** Dark enough on white for WCAG contrast. */
    private static String colour(ParticipantRole role) {
        return switch (role) {
            case NEWCOMER -> "#8a2b06";
            case COMPANY -> "#0b5a2a";
            case ASSOCIATION -> "#5b2a86";
            case POLITICIAN -> "#333333";
            case AUTHORITY -> "#0b4a80";
        };
    }

    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
