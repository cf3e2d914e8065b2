package se.brobygge.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import java.util.List;

/**
 * An easy-read text: one idea per line, a little larger than body text, with a Listen button
 * before it. The one way Brobygge shows an easy-read text, on the help page and behind each
 * page's "Easy to read" button.
 */
public class EasyReadText extends Div {

    private final List<String> lines;
    private final ListenButton listen;

    /**
     * @param text lines separated by {@code \n}
     * @param language the text's language as a BCP 47 tag
     */
    public EasyReadText(String text, String language) {
        this.lines = Arrays.stream(text.split("\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        this.listen = new ListenButton(String.join("\n", lines), language);
        addClassName("easy-read-lines");
        getElement().setAttribute("lang", language);
        add(listen);
        for (String line : lines) {
            Paragraph p = new Paragraph(line);
            p.getStyle().set("margin-block", "0.4em").set("font-size", "1.125em");
            add(p);
        }
    }

    public List<String> lines() {
        return lines;
    }

    public ListenButton listen() {
        return listen;
    }
}
