package pl.certbank.items;

/** The test image of the items tests, for tests of other packages. */
public final class ImagesApiAccess {

    private ImagesApiAccess() {
    }

    public static byte[] png() {
        return ImagesApi.PNG.clone();
    }
}
