package news.cms.pictures.inspect;

import java.nio.charset.StandardCharsets;

/** The image resource blocks of a JPEG's Photoshop segment (APP13), walked to find the IPTC records. */
final class PhotoshopResources {

    private static final byte[] SIGNATURE = "8BIM".getBytes(StandardCharsets.ISO_8859_1);
    private static final int IPTC_NAA = 0x0404;

    private PhotoshopResources() {
    }

    /** The IPTC-IIM data of resource 0x0404, or null when there is none or the blocks are broken. */
    static byte[] iptc(byte[] b, int from, int end) {
        int i = from;
        while (i + 12 <= end && Bytes.startsWith(b, i, SIGNATURE)) {
            int id = Bytes.u16be(b, i + 4);
            int nameLength = Bytes.u8(b, i + 6);
            int sizeAt = i + 6 + ((nameLength + 2) & ~1);   // a Pascal string padded to an even length
            if (sizeAt + 4 > end) {
                return null;
            }
            long size = Bytes.u32be(b, sizeAt);
            int data = sizeAt + 4;
            if (size > end - data) {
                return null;
            }
            if (id == IPTC_NAA) {
                return Bytes.slice(b, data, data + (int) size);
            }
            i = data + (int) ((size + 1) & ~1L);
        }
        return null;
    }
}
