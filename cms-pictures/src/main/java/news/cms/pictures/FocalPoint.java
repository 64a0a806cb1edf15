package news.cms.pictures;

/**
 * Where the picture's subject is, as fractions of its displayed width and height (0,0 is the top
 * left corner, 1,1 the bottom right). Crops are cut around it and always contain it.
 */
public record FocalPoint(double x, double y) {

    /** The middle of the picture: the crop a picture gets until someone says otherwise. */
    public static final FocalPoint CENTRE = new FocalPoint(0.5, 0.5);

    public FocalPoint {
        if (!(x >= 0 && x <= 1) || !(y >= 0 && y <= 1)) {
            throw new IllegalArgumentException("A focal point is two fractions from 0 to 1; got " + x + ", " + y);
        }
    }
}
