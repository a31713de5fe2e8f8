package ru.mcu.letters;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A letter as the document to print, sign and post: A4, the administration's letterhead with
 * the outgoing number and date and the reference to the citizen's appeal, the addressee's name
 * and postal address, the heading, the text, the signatory's position and name with room for
 * the signature. DejaVu Sans (bundled in {@code fonts/}) is embedded, so Cyrillic prints on
 * any machine. Rendered from the letter as registered: the same document every time.
 */
@Component
class LetterPdf {

    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";
    /** Millimetres to PDF points. */
    private static final float MM = 72f / 25.4f;

    /** Lines break at spaces only (a word longer than the line is still broken where it must). */
    private static final SplitCharacter SPACES = (start, current, end, chars, chunks) -> Character.isWhitespace(chars[current]);

    private final BaseFont regular;
    private final BaseFont bold;

    LetterPdf() {
        this.regular = font(REGULAR);
        this.bold = font(BOLD);
    }

    byte[] render(Letter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // margins of a Russian official letter (ГОСТ Р 7.0.97-2016): left 20 mm, right 10 mm, top and bottom 20 mm
        Document doc = new Document(PageSize.A4, 20 * MM, 10 * MM, 20 * MM, 20 * MM);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Письмо № " + letter.getNumber() + " от " + letter.getDate().format(Letters.DATE));
        doc.addAuthor(letter.getSenderName());
        doc.addSubject(letter.getTitle());
        doc.open();
        doc.add(head(letter));

        Paragraph heading = new Paragraph(letter.getTitle(), new Font(bold, 11));
        heading.setSpacingBefore(18);
        heading.setSpacingAfter(12);
        doc.add(heading);

        Font text = new Font(regular, 12);
        for (String block : letter.getBody().split("\\n\\s*\\n")) {
            String paragraph = block.strip();
            if (paragraph.isEmpty()) {
                continue;
            }
            Paragraph p = new Paragraph(16, words(paragraph, text));
            if (paragraph.startsWith("Уважаем")) {
                p.setAlignment(Element.ALIGN_CENTER);
            } else {
                // ragged right: a long number or link on a justified line would leave wide gaps
                p.setAlignment(Element.ALIGN_LEFT);
                p.setFirstLineIndent(12.5f * MM);
            }
            p.setSpacingAfter(8);
            doc.add(p);
        }
        doc.add(signature(letter));
        doc.close();
        return out.toByteArray();
    }

    /** The letterhead with the number and the reference on the left, the addressee on the right. */
    private PdfPTable head(Letter letter) {
        PdfPTable table = new PdfPTable(new float[]{1f, 0.12f, 1f});
        table.setWidthPercentage(100);

        PdfPCell sender = cell();
        sender.setHorizontalAlignment(Element.ALIGN_CENTER);
        sender.addElement(centered(letter.getSenderName().toUpperCase(Locale.forLanguageTag("ru")), new Font(bold, 12), 0));
        sender.addElement(centered(letter.getSenderAddress(), new Font(regular, 8.5f), 4));
        if (letter.getSenderContacts() != null) {
            sender.addElement(centered(letter.getSenderContacts(), new Font(regular, 8.5f), 0));
        }
        sender.addElement(centered("№ " + letter.getNumber() + " от " + letter.getDate().format(Letters.DATE), new Font(regular, 10), 12));
        if (!letter.getKind().toBody()) {
            // a reply refers to the citizen's appeal; a covering letter to a body is not a reply
            sender.addElement(centered("на № " + letter.getCaseNumber()
                    + (letter.getCaseReceivedOn() == null ? "" : " от " + letter.getCaseReceivedOn().format(Letters.DATE)),
                    new Font(regular, 10), 2));
        }
        table.addCell(sender);
        table.addCell(cell());

        PdfPCell addressee = cell();
        Paragraph name = new Paragraph(14, words(letter.getAddresseeName(), new Font(regular, 12)));
        addressee.addElement(name);
        Paragraph address = new Paragraph(14, words(letter.getAddresseeAddress(), new Font(regular, 11)));
        address.setSpacingBefore(6);
        addressee.addElement(address);
        table.addCell(addressee);
        return table;
    }

    /** Position on the left, room for the signature, the name on the right. */
    private PdfPTable signature(Letter letter) {
        PdfPTable table = new PdfPTable(new float[]{5f, 3f, 3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(30);
        Font font = new Font(regular, 12);
        PdfPCell position = cell();
        position.addElement(new Paragraph(15, letter.getSignatoryPosition(), font));
        table.addCell(position);
        PdfPCell sign = cell();
        sign.setVerticalAlignment(Element.ALIGN_BOTTOM);
        Paragraph line = new Paragraph("______________", new Font(regular, 12));
        line.setAlignment(Element.ALIGN_CENTER);
        sign.addElement(line);
        table.addCell(sign);
        PdfPCell name = cell();
        name.setVerticalAlignment(Element.ALIGN_BOTTOM);
        Paragraph n = new Paragraph(15, letter.getSignatoryName(), font);
        n.setAlignment(Element.ALIGN_RIGHT);
        name.addElement(n);
        table.addCell(name);
        return table;
    }

    /** Text that breaks between words only, never after the hyphen of «A-2026-000001» or «Южно-Сахалинск». */
    private static Chunk words(String text, Font font) {
        return new Chunk(text, font).setSplitCharacter(SPACES);
    }

    private static Paragraph centered(String text, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(font.getSize() + 3, words(text, font));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        return p;
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static BaseFont font(String path) {
        ClassPathResource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            throw new IllegalStateException("The font " + path + " is missing from the application: the letters to citizens "
                    + "embed DejaVu Sans to print Cyrillic (src/main/resources/fonts, see fonts/DejaVu-LICENSE.txt)");
        }
        try (InputStream in = resource.getInputStream()) {
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the font " + path, e);
        }
    }
}
