package io.gifticon.sandbox.pbt.transaction;

/** One ordered item of a COUPON connection or a confirm (itemList), options folded into {@code optionsPrice}. */
public record PbtItem(
        String itemID, String itemName, int itemUnitPrice, int itemCount, int itemPrice, int optionsPrice) {

    public int total() {
        return itemPrice + optionsPrice;
    }
}
