package se.brobygge.associations.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import se.brobygge.shared.InvalidInputException;

/**
 * Logos are checked by their first bytes (PNG or JPEG), decoded and written anew as PNG of at most
 * 512 pixels: metadata and anything hidden in the file is dropped, transparency is kept.
 */
public final class LogoImages {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_EDGE = 512;
    private static final long MAX_PIXELS = 25_000_000L;

    private LogoImages() {}

    public static byte[] reencode(byte[] content) {
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new InvalidInputException("logo", "associations.validation.logoSize");
        }
        boolean png = content.length >= 8
                && Arrays.equals(
                        Arrays.copyOf(content, 8), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        boolean jpeg = content.length >= 3
                && (content[0] & 0xFF) == 0xFF
                && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF;
        if (!png && !jpeg) {
            throw new InvalidInputException("logo", "associations.validation.logoType");
        }
        try {
            var input = ImageIO.createImageInputStream(new ByteArrayInputStream(content));
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new InvalidInputException("logo", "associations.validation.logoType");
            }
            var reader = readers.next();
            BufferedImage source;
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new InvalidInputException("logo", "associations.validation.logoSize");
                }
                source = reader.read(0);
            } finally {
                reader.dispose();
            }
            double scale = Math.min(1.0, (double) MAX_EDGE / Math.max(source.getWidth(), source.getHeight()));
            int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
            BufferedImage target = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = target.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.drawImage(source, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(target, "png", out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("logo", "associations.validation.logoType");
        }
    }
}
