package io.gifticon.providers.coufun;

import io.gifticon.providers.HttpFailures;
import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XML reply of a COUFUN call, read from bytes so that the parser honours the prolog's declared encoding
 * (coufun-cancel.md §6: {@code <?xml version="1.0" encoding="EUC-KR"?>}).
 *
 * @param root       the root element's name, e.g. {@code COUFUNCANCEL}
 * @param resultCode RESULT_CODE, 2 digits
 * @param resultMsg  RESULT_MSG
 * @param barcodeNum BARCODE_NUM, when present
 */
public record CoufunReply(String root, String resultCode, String resultMsg, String barcodeNum) {

    public boolean success() {
        return CoufunCodes.SUCCESS.equals(resultCode);
    }

    /** Parses the raw body; anything that is not such XML is an unreadable reply (outcome unknown). */
    public static CoufunReply parse(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // no DTDs, no external entities: the reply is data, never instructions
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // failures become exceptions, nothing on stderr
            Document document = builder.parse(new ByteArrayInputStream(body));
            Element root = document.getDocumentElement();
            String code = child(root, "RESULT_CODE");
            if (code == null) {
                throw new IllegalArgumentException("no RESULT_CODE");
            }
            return new CoufunReply(root.getTagName(), code, child(root, "RESULT_MSG"), child(root, "BARCODE_NUM"));
        } catch (Exception e) {
            throw HttpFailures.unreadable(
                    CoufunCodes.PROVIDER, body == null ? null : new String(body, CoufunBytes.EUC_KR), e);
        }
    }

    private static String child(Element root, String name) {
        NodeList nodes = root.getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }
}
