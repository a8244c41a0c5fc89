package id.kenda.io;

import java.nio.charset.StandardCharsets;
import java.util.zip.ZipFile;

/**
 * What a file that is not a table really is, from its first bytes (a PNG or a PDF saved with a
 * spreadsheet's name), so that the error says so instead of blaming an encoding.
 */
final class FileKinds {
    private FileKinds() {
    }

    /** "a PNG image", "a PDF document", ...; null when the bytes start no known non-table format. */
    static String bySignature(byte[] b, int n) {
        if (starts(b, n, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (starts(b, n, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (starts(b, n, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (starts(b, n, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (starts(b, n, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        if (starts(b, n, '7', 'z', 0xBC, 0xAF)) {
            return "a 7-Zip archive";
        }
        if (starts(b, n, 'R', 'a', 'r', '!')) {
            return "a RAR archive";
        }
        if (starts(b, n, 'B', 'Z', 'h')) {
            return "a bzip2 archive";
        }
        if (starts(b, n, 0x7F, 'E', 'L', 'F')) {
            return "a program (ELF executable)";
        }
        if (starts(b, n, '{', '\\', 'r', 't', 'f')) {
            return "an RTF document";
        }
        if (n >= 12 && starts(b, n, 'R', 'I', 'F', 'F') && new String(b, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return "a WebP image";
        }
        return null;
    }

    /** What a zip archive that lacks a workbook holds. */
    static String zipKind(ZipFile zip) {
        if (zip.getEntry("word/document.xml") != null) {
            return "a Word document (.docx)";
        }
        if (zip.getEntry("ppt/presentation.xml") != null) {
            return "a PowerPoint presentation (.pptx)";
        }
        if (zip.getEntry("content.xml") != null && zip.getEntry("mimetype") != null) {
            return "an OpenDocument file (.ods/.odt; save it as .xlsx)";
        }
        return "a zip archive of " + zip.size() + " file" + (zip.size() == 1 ? "" : "s");
    }

    private static boolean starts(byte[] b, int n, int... sig) {
        if (n < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((b[i] & 0xff) != sig[i]) {
                return false;
            }
        }
        return true;
    }
}
