package pl.certbank.printing.control;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * What a candidate and a scanner do to an answer sheet, in pixels: render the PDF's pages with poppler's pdftoppm at a
 * resolution, mark bubbles as a pen would (a cross, a fully blackened cancel, a faint half-filled stroke), then turn,
 * shift, darken and add noise as a careless office scanner would.
 */
public final class SheetFiller {

    private SheetFiller() {
    }

    public static boolean popplerAvailable() {
        try {
            return new ProcessBuilder("pdftoppm", "-v").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The PDF's pages as grey images at {@code dpi}. */
    public static List<BufferedImage> render(byte[] pdf, int dpi) throws Exception {
        Path dir = Files.createTempDirectory("certbank-sheet");
        Path file = dir.resolve("sheet.pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftoppm", "-r", String.valueOf(dpi), "-gray", "-png", file.toString(),
                dir.resolve("page").toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("pdftoppm failed");
        }
        List<Path> pngs;
        try (var files = Files.list(dir)) {
            pngs = files.filter(f -> f.getFileName().toString().endsWith(".png")).sorted().toList();
        }
        List<BufferedImage> pages = new ArrayList<>();
        for (Path png : pngs) {
            BufferedImage read = ImageIO.read(png.toFile());
            BufferedImage grey = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            grey.getGraphics().drawImage(read, 0, 0, null);
            pages.add(grey);
        }
        return pages;
    }

    /** How a bubble is marked. */
    public enum Pen {
        /** A clear cross (X) over the circle. */
        CROSS,
        /** Blackened completely: the printed rule for cancelling a mark. */
        CANCEL,
        /** A faint, half-filled smudge: neither empty nor a mark, so the commission must decide. */
        FAINT
    }

    public static void mark(BufferedImage page, int dpi, SheetLayout.Bubble bubble, Pen pen) {
        double s = dpi / 25.4;
        double cx = bubble.x() * s;
        double cy = bubble.y() * s;
        double r = SheetLayout.RADIUS * s;
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        switch (pen) {
            case CROSS -> {
                g.setColor(new Color(25, 25, 25));
                g.setStroke(new BasicStroke((float) (0.5 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                double d = r * 0.8;
                g.draw(new java.awt.geom.Line2D.Double(cx - d, cy - d, cx + d, cy + d));
                g.draw(new java.awt.geom.Line2D.Double(cx - d, cy + d, cx + d, cy - d));
            }
            case CANCEL -> {
                g.setColor(new Color(15, 15, 15));
                g.fill(new java.awt.geom.Ellipse2D.Double(cx - r * 1.05, cy - r * 1.05, r * 2.1, r * 2.1));
            }
            case FAINT -> {
                // the lower half filled in a light grey: an erased fill, or a stroke pressed too lightly
                g.setColor(new Color(120, 120, 120));
                g.fill(new java.awt.geom.Rectangle2D.Double(cx - r * 0.8, cy, r * 1.6, r * 0.75));
            }
        }
        g.dispose();
    }

    /**
     * The page turned by {@code degrees} about its centre and shifted by {@code dx, dy} pixels, on a white scan area
     * 3 mm larger than the page on every side (as a flatbed's is), so that a turned corner is not cut off.
     */
    public static BufferedImage turn(BufferedImage page, double degrees, int dx, int dy) {
        int margin = (int) Math.round(page.getWidth() * 3 / 210.0);
        BufferedImage out = new BufferedImage(page.getWidth() + 2 * margin, page.getHeight() + 2 * margin,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform t = new AffineTransform();
        t.translate(margin + dx, margin + dy);
        t.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(page, t, null);
        g.dispose();
        return out;
    }

    /** The page upside down (fed into the scanner the wrong way round). */
    public static BufferedImage upsideDown(BufferedImage page) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        AffineTransform t = new AffineTransform();
        t.rotate(Math.PI, page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(page, t, null);
        g.dispose();
        return out;
    }

    /** A darker copy (a photocopy with the toner up) with noise. */
    public static BufferedImage darkerWithNoise(BufferedImage page, long seed) {
        Random random = new Random(seed);
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var in = page.getRaster();
        var o = out.getRaster();
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int v = in.getSample(x, y, 0);
                int w = (int) Math.round(v * 0.82 + random.nextGaussian() * 9);
                o.setSample(x, y, 0, Math.max(0, Math.min(255, w)));
            }
        }
        return out;
    }
}
