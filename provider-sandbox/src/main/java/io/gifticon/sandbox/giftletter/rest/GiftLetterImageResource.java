package io.gifticon.sandbox.giftletter.rest;

import io.gifticon.sandbox.giftletter.catalog.GiftLetterCatalog;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/** Placeholder SVGs behind the IMG_URL values of the GiftLetter replies. */
@Path("/giftletter/images")
@Produces("image/svg+xml")
public class GiftLetterImageResource {

    private final GiftLetterCatalog catalog;

    public GiftLetterImageResource(GiftLetterCatalog catalog) {
        this.catalog = catalog;
    }

    /** {@code /giftletter/images/goods/0000000582_1.svg}, the document's {@code goods/{id}_1.jpg} pattern. */
    @GET
    @Path("/goods/{file}")
    public String goods(@PathParam("file") String file) {
        String goodsId = file.replaceFirst("_\\d+\\.svg$", "");
        return catalog.goods(goodsId)
                .map(g -> card(
                        g.brand().brandId(),
                        g.brand().name(),
                        g.name().replaceFirst("^\\[[^]]*] ", ""),
                        String.format("%,d원", g.price())))
                .orElseThrow(GiftLetterImageResource::notFound);
    }

    @GET
    @Path("/brand/{file}")
    public String brand(@PathParam("file") String file) {
        try {
            return catalog.brand(Integer.parseInt(file.replaceFirst("\\.svg$", "")))
                    .map(b -> card(b.brandId(), b.name(), "", ""))
                    .orElseThrow(GiftLetterImageResource::notFound);
        } catch (NumberFormatException e) {
            throw notFound();
        }
    }

    private static String card(int brandId, String title, String line1, String line2) {
        int hue = Math.floorMod(brandId * 47, 360);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"300\" viewBox=\"0 0 300 300\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"hsl(" + hue + ",55%,88%)\"/>"
                + text(120, 28, true, title) + text(170, 16, false, line1) + text(200, 16, false, line2) + "</svg>";
    }

    private static String text(int y, int size, boolean bold, String value) {
        String escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<text x=\"150\" y=\"" + y + "\" font-size=\"" + size
                + "\" text-anchor=\"middle\" font-family=\"sans-serif\"" + (bold ? " font-weight=\"bold\"" : "") + ">"
                + escaped + "</text>";
    }

    private static ProblemException notFound() {
        return new ProblemException(Problem.of(404, "NOT_FOUND", "Not Found", "no such image"));
    }
}
