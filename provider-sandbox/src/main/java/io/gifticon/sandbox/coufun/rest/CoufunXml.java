package io.gifticon.sandbox.coufun.rest;

import io.gifticon.sandbox.coufun.CoufunCode;
import io.gifticon.sandbox.coufun.EucKr;
import jakarta.ws.rs.core.Response;

/** The COUFUNCANCEL reply (coufun-cancel.md §5–§6): XML declared and encoded as EUC-KR. */
final class CoufunXml {

    static final String CONTENT_TYPE = "text/xml; charset=EUC-KR";

    private CoufunXml() {}

    /** Success: code, message and the cancelled BARCODE_NUM. */
    static Response success(String barcode) {
        return reply(CoufunCode.SUCCESS.code(), CoufunCode.SUCCESS.message(), barcode);
    }

    /** Failure: code and message only, as the document's failure example (no BARCODE_NUM). */
    static Response failure(String code, String message) {
        return reply(code, message, null);
    }

    private static Response reply(String code, String message, String barcode) {
        String xml = "<?xml version=\"1.0\" encoding=\"EUC-KR\"?>\n"
                + "<COUFUNCANCEL>\n"
                + "  <RESULT_CODE>" + escape(code) + "</RESULT_CODE>\n"
                + "  <RESULT_MSG>" + escape(message) + "</RESULT_MSG>\n"
                + (barcode == null ? "" : "  <BARCODE_NUM>" + escape(barcode) + "</BARCODE_NUM>\n")
                + "</COUFUNCANCEL>\n";
        // bytes, so that nothing re-encodes the body as UTF-8
        return Response.ok(xml.getBytes(EucKr.CHARSET))
                .header("Content-Type", CONTENT_TYPE)
                .build();
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
