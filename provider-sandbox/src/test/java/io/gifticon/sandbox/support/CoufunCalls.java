package io.gifticon.sandbox.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Object Mother for the simulated COUFUN cancel API and its control API. */
public final class CoufunCalls {

    public static final String POC_ID = "SANDBOXPOC";
    public static final String GOODS_ID = "G000012345";

    private CoufunCalls() {}

    public static void register(String goodsId, String barcode) {
        given().contentType(ContentType.JSON)
                .body(Map.of("goodsId", goodsId, "barcode", barcode))
                .post("/sandbox/coufun/coupons")
                .then()
                .statusCode(201);
    }

    /** POST form as the document says; UTF-8 form encoding (the sandbox decodes forms as UTF-8). */
    public static Response cancel(String pocId, String goodsId, String barcode) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("POC_ID", pocId)
                .formParam("GOODS_ID", goodsId)
                .formParam("BARCODE_NUM", barcode)
                .post("/coufun/b2c_api/coufunPartCancel.do");
    }

    /** Parses the reply from its bytes, so the XML parser decodes by the declared encoding. */
    public static Document xml(Response response) {
        try {
            return DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(response.asByteArray()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String element(Response response, String name) {
        var nodes = xml(response).getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    public static String resultCode(Response response) {
        return element(response, "RESULT_CODE");
    }
}
