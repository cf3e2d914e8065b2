package se.brobygge.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Printable documents: user text stays text, each paragraph keeps its direction, the font is embedded. */
class PdfDocumentTest {

    @Test
    void userTextIsEscapedAndKeepsItsLanguageAndDirection() {
        String xhtml = new PdfDocument("sv", "Deltagare <b>")
                .paragraph("<script>alert(1)</script> & \u0007klocka", "sv")
                .paragraph("مرحبا بكم", "ar")
                .table(List.of("Namn"), List.of(List.of("<img src=x onerror=alert(1)>")))
                .xhtml();
        assertThat(xhtml)
                .contains("<title>Deltagare &lt;b&gt;</title>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; klocka")
                .contains("<p lang=\"ar\" dir=\"rtl\">مرحبا بكم</p>")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script>")
                .doesNotContain("\u0007");
        assertThat(new PdfDocument("ar", "عنوان").xhtml())
                .contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" dir=\"rtl\">");
    }

    @Test
    void directionalIsolatesFromTranslatedSentencesAreLeftOut() {
        assertThat(PdfDocument.escape("محادثة مع \u2068Lina\u2069")).isEqualTo("محادثة مع Lina");
    }

    @Test
    void swedishAndArabicComeOutAsTextInAnEmbeddedFont() throws Exception {
        byte[] pdf = new PdfDocument("sv", "Sammanfattning")
                .heading("Det här hörde vi")
                .paragraph("Åsa och Örjan vill ha läsplatser.", "sv")
                .paragraph("نريد مساحة هادئة للدراسة", "ar")
                .toPdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
            assertThat(text)
                    .contains("Åsa och Örjan vill ha läsplatser.")
                    .contains("مساحة")
                    .contains("للدراسة");
            List<String> fonts = new ArrayList<>();
            for (COSName name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                fonts.add(font.getName());
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            }
            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans"));
        }
    }

    @Test
    void tigrinyaDariAndUkrainianNamesKeepEveryGlyph() throws Exception {
        String tigrinya = "ሃብቶም ተስፋይ";
        String dari = "ژاله پروین گلچهره";
        String ukrainian = "Ґанна Їжакевич";
        byte[] pdf = new PdfDocument("ti", "ዝርዝር ተሳተፍቲ")
                .table(List.of("ሽም"), List.of(List.of(tigrinya), List.of(dari), List.of(ukrainian)))
                .paragraph(dari, "prs")
                .toPdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
            assertThat(text)
                    .contains("ዝርዝር ተሳተፍቲ")
                    .contains(tigrinya)
                    .contains("ژاله")
                    .contains("پروین")
                    .contains("گلچهره")
                    .contains(ukrainian)
                    .doesNotContain("#");
            List<String> fonts = new ArrayList<>();
            for (COSName name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                fonts.add(font.getName());
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            }
            assertThat(fonts).anyMatch(f -> f.contains("NotoSansEthiopic")).anyMatch(f -> f.contains("DejaVuSans"));
        }
        assertThat(new PdfDocument("prs", "فهرست").xhtml()).contains("lang=\"prs\" dir=\"rtl\"");
    }
}
