<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Commerce</name>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="26"/>
        <source>no such item on the run-sheet</source>
        <translation>no such item on the run-sheet</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="27"/>
        <source>another flash sale is counting down or live</source>
        <translation>another flash sale is counting down or live</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="28"/>
        <source>the deal price must be above zero</source>
        <translation>the deal price must be above zero</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="29"/>
        <source>the deal price must be below the live price</source>
        <translation>the deal price must be below the live price</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="30"/>
        <source>the quantity must be at least 1</source>
        <translation>the quantity must be at least 1</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="31"/>
        <source>the quantity is more than the stock</source>
        <translation>the quantity is more than the stock</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="32"/>
        <source>the per-buyer limit must be at least 1</source>
        <translation>the per-buyer limit must be at least 1</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="33"/>
        <source>the countdown must be 10 to 300 seconds</source>
        <translation>the countdown must be 10 to 300 seconds</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="34"/>
        <source>the sale must last 1 to 20 minutes</source>
        <translation>the sale must last 1 to 20 minutes</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="35"/>
        <source>a coupon takes an amount or a percent off</source>
        <translation>a coupon takes an amount or a percent off</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="36"/>
        <source>a percent-off coupon must be between 0 and 100 percent</source>
        <translation>a percent-off coupon must be between 0 and 100 percent</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="37"/>
        <source>the amount off must be above zero</source>
        <translation>the amount off must be above zero</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="38"/>
        <source>the amount off must be below the spend threshold</source>
        <translation>the amount off must be below the spend threshold</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="39"/>
        <source>the spend threshold cannot be negative</source>
        <translation>the spend threshold cannot be negative</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="40"/>
        <source>quantity and claims per viewer must be at least 1</source>
        <translation>quantity and claims per viewer must be at least 1</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="41"/>
        <source>a coupon is valid for 1 minute to 24 hours</source>
        <translation>a coupon is valid for 1 minute to 24 hours</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="42"/>
        <source>a coupon item is not on the run-sheet</source>
        <translation>a coupon item is not on the run-sheet</translation>
    </message>
</context>
<context>
    <name>CommercePanel</name>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="68"/>
        <location filename="../../app/ui/commerce_panel.py" line="123"/>
        <source> pcs</source>
        <translation> pcs</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="70"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="71"/>
        <location filename="../../app/ui/commerce_panel.py" line="125"/>
        <location filename="../../app/ui/commerce_panel.py" line="164"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="74"/>
        <source>Start flash sale</source>
        <translation>Start flash sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="78"/>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="79"/>
        <source>Check and show it coming on the host view; Start sets it going</source>
        <translation>Check and show it coming on the host view; Start sets it going</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="81"/>
        <location filename="../../app/ui/commerce_panel.py" line="251"/>
        <source>End sale</source>
        <translation>End sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="87"/>
        <source>Adjust the sale&apos;s remaining stock by hand</source>
        <translation>Adjust the sale&apos;s remaining stock by hand</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="92"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="96"/>
        <source>limit</source>
        <translation>limit</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="98"/>
        <source>Deal price</source>
        <translation>Deal price</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="101"/>
        <source>then</source>
        <translation>then</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="103"/>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="109"/>
        <source>Flash sale (秒杀)</source>
        <translation>Flash sale (秒杀)</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="117"/>
        <source>¥ off</source>
        <translation>¥ off</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="118"/>
        <source>% off</source>
        <translation>% off</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="126"/>
        <source>Issue coupon</source>
        <translation>Issue coupon</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="132"/>
        <source>+1 claimed</source>
        <translation>+1 claimed</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="134"/>
        <source>Stop coupon</source>
        <translation>Stop coupon</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="137"/>
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="141"/>
        <source>per viewer</source>
        <translation>per viewer</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="149"/>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="158"/>
        <source>Prize, e.g. 羊绒围巾</source>
        <translation>Prize, e.g. 羊绒围巾</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="162"/>
        <source>contains</source>
        <translation>contains</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="163"/>
        <source>exactly</source>
        <translation>exactly</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="165"/>
        <source>followers only</source>
        <translation>followers only</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="167"/>
        <source>fan level ≥ </source>
        <translation>fan level ≥ </translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="168"/>
        <source>exclude earlier winners</source>
        <translation>exclude earlier winners</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="170"/>
        <source>Open lottery</source>
        <translation>Open lottery</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="174"/>
        <source>Close entries</source>
        <translation>Close entries</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="176"/>
        <location filename="../../app/ui/commerce_panel.py" line="284"/>
        <source>Draw</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="178"/>
        <source>Re-draw selected…</source>
        <translation>Re-draw selected…</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="190"/>
        <source>Prize, winners</source>
        <translation>Prize, winners</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="195"/>
        <source>Keyword (口令)</source>
        <translation>Keyword (口令)</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="204"/>
        <source>Lottery (福袋)</source>
        <translation>Lottery (福袋)</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="252"/>
        <source>End the flash sale now? Viewers can no longer buy at the deal price.</source>
        <translation>End the flash sale now? Viewers can no longer buy at the deal price.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="267"/>
        <source>No coupon selected</source>
        <translation>No coupon selected</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="282"/>
        <source>No lottery to draw</source>
        <translation>No lottery to draw</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="285"/>
        <source>Draw %1 winners now? Entries close and the result is final.</source>
        <translation>Draw %1 winners now? Entries close and the result is final.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="293"/>
        <source>Select the winner to replace</source>
        <translation>Select the winner to replace</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="295"/>
        <source>Re-draw</source>
        <translation>Re-draw</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="295"/>
        <source>Why is this prize drawn again?</source>
        <translation>Why is this prize drawn again?</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="296"/>
        <source>not claimed within 48 hours</source>
        <translation>not claimed within 48 hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="310"/>
        <source>stock</source>
        <translation>stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="334"/>
        <source>No flash sale yet</source>
        <translation>No flash sale yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="336"/>
        <source>Armed: %1 %2 × %3 · press Start</source>
        <translation>Armed: %1 %2 × %3 · press Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="339"/>
        <source>%1 %2 · starts in %3</source>
        <translation>%1 %2 · starts in %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="342"/>
        <source>LIVE %1 · %2 left of %3 · %4</source>
        <translation>LIVE %1 · %2 left of %3 · %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="345"/>
        <source>sold out</source>
        <translation>sold out</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="345"/>
        <source>time up</source>
        <translation>time up</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="345"/>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="346"/>
        <source>Ended (%1) · %2 sold</source>
        <translation>Ended (%1) · %2 sold</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="350"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="350"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="350"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="351"/>
        <source>all claimed</source>
        <translation>all claimed</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="354"/>
        <source>%1 off over %2 · %3/%4 claimed · %5 · %6</source>
        <translation>%1 off over %2 · %3/%4 claimed · %5 · %6</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="367"/>
        <source>No lottery yet</source>
        <translation>No lottery yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="370"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="370"/>
        <source>entries closed</source>
        <translation>entries closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="370"/>
        <source>drawn</source>
        <translation>drawn</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="371"/>
        <source>%1 · %2 · %3 entered</source>
        <translation>%1 · %2 · %3 entered</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="373"/>
        <source>Commitment %1…</source>
        <translation>Commitment %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="375"/>
        <source>seed %1…</source>
        <translation>seed %1…</translation>
    </message>
</context>
<context>
    <name>CouponDesk</name>
    <message>
        <location filename="../../app/studio/coupons.py" line="65"/>
        <source>Coupon: %1 off orders over %2</source>
        <translation>Coupon: %1 off orders over %2</translation>
    </message>
    <message>
        <location filename="../../app/studio/coupons.py" line="66"/>
        <source>Coupon: %1 off</source>
        <translation>Coupon: %1 off</translation>
    </message>
    <message>
        <location filename="../../app/studio/coupons.py" line="72"/>
        <source>no such coupon</source>
        <translation>no such coupon</translation>
    </message>
    <message>
        <location filename="../../app/studio/coupons.py" line="78"/>
        <source>the coupon is already stopped</source>
        <translation>the coupon is already stopped</translation>
    </message>
    <message>
        <location filename="../../app/studio/coupons.py" line="95"/>
        <source>%1 · %2 left · %3</source>
        <translation>%1 · %2 left · %3</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <location filename="../../app/ui/application.py" line="61"/>
        <source>Another LiveDeck studio is using this data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="63"/>
        <source>Open another folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="69"/>
        <source>Choose a data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedDelegate</name>
    <message>
        <location filename="../../app/ui/feed_view.py" line="242"/>
        <source>(removed by the platform)</source>
        <translation>(removed by the platform)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="249"/>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="256"/>
        <source>complaint</source>
        <translation>complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="258"/>
        <source>compliance</source>
        <translation>compliance</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="260"/>
        <source>order</source>
        <translation>order</translation>
    </message>
</context>
<context>
    <name>FeedModel</name>
    <message>
        <location filename="../../app/ui/feed_view.py" line="114"/>
        <source>sent %1 × %2</source>
        <translation>sent %1 × %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="116"/>
        <source>ordered %1 × %2</source>
        <translation>ordered %1 × %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="118"/>
        <source>followed</source>
        <translation>followed</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="120"/>
        <source>shared the room</source>
        <translation>shared the room</translation>
    </message>
</context>
<context>
    <name>FeedView</name>
    <message>
        <location filename="../../app/ui/feed_view.py" line="276"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="276"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="277"/>
        <location filename="../../app/ui/feed_view.py" line="319"/>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="277"/>
        <source>Gifts &amp; orders</source>
        <translation>Gifts &amp; orders</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="278"/>
        <source>Product mentions</source>
        <translation>Product mentions</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="283"/>
        <source>Search comments or users</source>
        <translation>Search comments or users</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="286"/>
        <source>Keywords to highlight, separated by commas</source>
        <translation>Keywords to highlight, separated by commas</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="347"/>
        <source>%1 new ↓</source>
        <translation>%1 new ↓</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="370"/>
        <source>Any product</source>
        <translation>Any product</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="403"/>
        <source>Pinned to the host view</source>
        <translation>Pinned to the host view</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="413"/>
        <source>Queued to be read aloud</source>
        <translation>Queued to be read aloud</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="415"/>
        <source>Not read aloud: speech is muted or a few comments are already waiting</source>
        <translation>Not read aloud: speech is muted or a few comments are already waiting</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="423"/>
        <source>Pin to host view</source>
        <translation>Pin to host view</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="424"/>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="425"/>
        <source>History of %1…</source>
        <translation>History of %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="428"/>
        <source>Unblock %1</source>
        <translation>Unblock %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="430"/>
        <source>Block %1 (hide their comments)</source>
        <translation>Block %1 (hide their comments)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="438"/>
        <source>Block viewer</source>
        <translation>Block viewer</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="439"/>
        <source>Hide comments from %1 in this feed? Use this for spam and abuse only: criticism of products stays visible, as the live-commerce rules require. Nothing is deleted.</source>
        <translation>Hide comments from %1 in this feed? Use this for spam and abuse only: criticism of products stays visible, as the live-commerce rules require. Nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="446"/>
        <source>%1 blocked</source>
        <translation>%1 blocked</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="451"/>
        <source>%1 unblocked</source>
        <translation>%1 unblocked</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="463"/>
        <source>%1 — history</source>
        <translation>%1 — history</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="468"/>
        <source>No comments yet</source>
        <translation>No comments yet</translation>
    </message>
</context>
<context>
    <name>FlashSaleDesk</name>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="101"/>
        <source>Flash sale for %1 in %2 seconds</source>
        <translation>Flash sale for %1 in %2 seconds</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="108"/>
        <source>no flash sale is running</source>
        <translation>no flash sale is running</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="119"/>
        <source>%1 is sold out</source>
        <translation>%1 is sold out</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="126"/>
        <source>delta must not be zero</source>
        <translation>delta must not be zero</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="170"/>
        <source>Flash sale is live: %1 at %2</source>
        <translation>Flash sale is live: %1 at %2</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="173"/>
        <source>Ten seconds left in the flash sale</source>
        <translation>Ten seconds left in the flash sale</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="184"/>
        <source>Flash sale %1 · coming up · %2 pieces</source>
        <translation>Flash sale %1 · coming up · %2 pieces</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="186"/>
        <source>Flash sale %1 · starts in %2</source>
        <translation>Flash sale %1 · starts in %2</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="189"/>
        <source>Flash sale %1 · only %2 left · %3</source>
        <translation>Flash sale %1 · only %2 left · %3</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="192"/>
        <source>Flash sale sold out · %1 sold</source>
        <translation>Flash sale sold out · %1 sold</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../../app/ui/feed_view.py" line="482"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="482"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="482"/>
        <source>Per second</source>
        <translation>Per second</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="483"/>
        <source>Last event</source>
        <translation>Last event</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="483"/>
        <source>Reconnects</source>
        <translation>Reconnects</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="483"/>
        <source>Malformed</source>
        <translation>Malformed</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="498"/>
        <source>%1 events · %2/s · %3 duplicates dropped · %4 malformed · %5 viewers online</source>
        <translation>%1 events · %2/s · %3 duplicates dropped · %4 malformed · %5 viewers online</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="502"/>
        <source>%1 rows could not be stored and were set aside (dead letters): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="516"/>
        <source>%1 s ago</source>
        <translation>%1 s ago</translation>
    </message>
</context>
<context>
    <name>HostView</name>
    <message>
        <location filename="../../app/ui/host_view.py" line="31"/>
        <source>LiveDeck — Host view</source>
        <translation>LiveDeck — Host view</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="169"/>
        <source>Not on air yet</source>
        <translation>Not on air yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="171"/>
        <source>Show ended · %1</source>
        <translation>Show ended · %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="173"/>
        <source>On air %1</source>
        <translation>On air %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="175"/>
        <source>Planned end %1 · projected %2</source>
        <translation>Planned end %1 · projected %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="182"/>
        <source>No show open</source>
        <translation>No show open</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="189"/>
        <source>Stock %1</source>
        <translation>Stock %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="200"/>
        <location filename="../../app/ui/host_view.py" line="201"/>
        <source>time left</source>
        <translation>time left</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="200"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="201"/>
        <source>wrap up</source>
        <translation>wrap up</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="201"/>
        <source>overtime</source>
        <translation>overtime</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="209"/>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="51"/>
        <source>Import refused</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="53"/>
        <source>Nothing was imported from %1. Fix these rows and import again:</source>
        <translation>Nothing was imported from %1. Fix these rows and import again:</translation>
    </message>
</context>
<context>
    <name>LotteryDesk</name>
    <message>
        <location filename="../../app/studio/lottery.py" line="50"/>
        <source>another lottery is open; draw, cancel or close it first</source>
        <translation>another lottery is open; draw, cancel or close it first</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="53"/>
        <source>the lottery needs a prize</source>
        <translation>the lottery needs a prize</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="58"/>
        <source>match is exact or contains</source>
        <translation>match is exact or contains</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="73"/>
        <source>Lottery open: type %1 to enter</source>
        <translation>Lottery open: type %1 to enter</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="73"/>
        <source>Lottery open</source>
        <translation>Lottery open</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="85"/>
        <source>no lottery in a state for that</source>
        <translation>no lottery in a state for that</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="91"/>
        <source>the entrants are still being read back; try again in a moment</source>
        <translation>the entrants are still being read back; try again in a moment</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="114"/>
        <source>the lottery&apos;s seed is missing</source>
        <translation>the lottery&apos;s seed is missing</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="122"/>
        <source>nobody has entered the lottery; cancel it instead</source>
        <translation>nobody has entered the lottery; cancel it instead</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="126"/>
        <source>the entrant list changed after it was frozen</source>
        <translation>the entrant list changed after it was frozen</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="131"/>
        <source>Congratulations %1, you won %2</source>
        <translation>Congratulations %1, you won %2</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="139"/>
        <source>a re-draw needs a reason</source>
        <translation>a re-draw needs a reason</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="142"/>
        <source>that viewer is not a winner</source>
        <translation>that viewer is not a winner</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="153"/>
        <source>New winner: %1</source>
        <translation>New winner: %1</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="228"/>
        <source>any comment</source>
        <translation>any comment</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="229"/>
        <source>Lottery: %1 · type “%2” · %3 entered · %4</source>
        <translation>Lottery: %1 · type “%2” · %3 entered · %4</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="232"/>
        <source>🎉 %1 won by %2</source>
        <translation>🎉 %1 won by %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="42"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="42"/>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="43"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>Feed health</source>
        <translation>Feed health</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>Run-sheet</source>
        <translation>Run-sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97"/>
        <source>On air</source>
        <translation>On air</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="103"/>
        <source>Shows</source>
        <translation>Shows</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142"/>
        <source>New show…</source>
        <translation>New show…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="144"/>
        <source>Duplicate as template</source>
        <translation>Duplicate as template</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <source>Import products…</source>
        <translation>Import products…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>Export run-sheet…</source>
        <translation>Export run-sheet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>On &amp;air</source>
        <translation>On &amp;air</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>Mute spoken cues</source>
        <translation>Mute spoken cues</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>Host view</source>
        <translation>Host view</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>Host view full screen</source>
        <translation>Host view full screen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>Host view on screen</source>
        <translation>Host view on screen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>S&amp;ettings</source>
        <translation>S&amp;ettings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>Comment relays…</source>
        <translation>Comment relays…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>Banned words…</source>
        <translation>Banned words…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>Remote access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="211"/>
        <source>Spoken cues muted</source>
        <translation>Spoken cues muted</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="211"/>
        <source>Spoken cues on</source>
        <translation>Spoken cues on</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="246"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="264"/>
        <source>Show is live</source>
        <translation>Show is live</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="265"/>
        <source>The open show is live. Switch to another show anyway? It stays live and reopens where it stands.</source>
        <translation>The open show is live. Switch to another show anyway? It stays live and reopens where it stands.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <source>New show</source>
        <translation>New show</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <location filename="../../app/ui/main_window.py" line="295"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="295"/>
        <source>Rename show</source>
        <translation>Rename show</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="313"/>
        <source>A live show cannot be deleted; end it first</source>
        <translation>A live show cannot be deleted; end it first</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="316"/>
        <source>Delete show</source>
        <translation>Delete show</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317"/>
        <source>Delete “%1” with its run-sheet, events and comments? This cannot be undone.</source>
        <translation>Delete “%1” with its run-sheet, events and comments? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="333"/>
        <source>Open or create a show first</source>
        <translation>Open or create a show first</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="336"/>
        <source>Import products</source>
        <translation>Import products</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="337"/>
        <source>Product sheets (*.csv *.xlsx)</source>
        <translation>Product sheets (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="341"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="348"/>
        <source>Import refused: %n bad rows</source>
        <translation>
            <numerusform>Import refused: %n bad row</numerusform>
            <numerusform>Import refused: %n bad rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="355"/>
        <source>Imported %n products</source>
        <translation>
            <numerusform>Imported %n product</numerusform>
            <numerusform>Imported %n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361"/>
        <source>Export run-sheet</source>
        <translation>Export run-sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="362"/>
        <source>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="370"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>OnAir</name>
    <message>
        <location filename="../../app/studio/onair.py" line="40"/>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="48"/>
        <source>every item has been on air; end the show instead</source>
        <translation>every item has been on air; end the show instead</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="57"/>
        <source>this is the first item</source>
        <translation>this is the first item</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="66"/>
        <source>item %1 is not on the run-sheet</source>
        <translation>item %1 is not on the run-sheet</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="70"/>
        <source>index %1 is outside the run-sheet</source>
        <translation>index %1 is outside the run-sheet</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="72"/>
        <source>that item is on air now</source>
        <translation>that item is on air now</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="78"/>
        <source>the timer is already paused</source>
        <translation>the timer is already paused</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="85"/>
        <source>the timer is not paused</source>
        <translation>the timer is not paused</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="93"/>
        <source>seconds must be non-zero and at most an hour either way</source>
        <translation>seconds must be non-zero and at most an hour either way</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="103"/>
        <source>comment %1 not found</source>
        <translation>comment %1 not found</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="122"/>
        <source>nothing is pinned</source>
        <translation>nothing is pinned</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="138"/>
        <source>One minute left</source>
        <translation>One minute left</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="141"/>
        <source>Overtime</source>
        <translation>Overtime</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="143"/>
        <source>, next: %1</source>
        <translation>, next: %1</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="60"/>
        <source>Start show</source>
        <translation>Start show</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="61"/>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="62"/>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="63"/>
        <source>Pause / resume</source>
        <translation>Pause / resume</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="64"/>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="65"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="66"/>
        <location filename="../../app/ui/operator_panel.py" line="118"/>
        <source>End show</source>
        <translation>End show</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="88"/>
        <source>Double-click or Enter: go to this item</source>
        <translation>Double-click or Enter: go to this item</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="93"/>
        <source>Run order (double-click to go to an item)</source>
        <translation>Run order (double-click to go to an item)</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="116"/>
        <source>The show is not live</source>
        <translation>The show is not live</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="119"/>
        <source>End the show now? The clocks stop and this cannot be undone.</source>
        <translation>End the show now? The clocks stop and this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="148"/>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="149"/>
        <source>No show open</source>
        <translation>No show open</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="150"/>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="161"/>
        <source>Show clock %1 · over/under %2</source>
        <translation>Show clock %1 · over/under %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="166"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="167"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>RelayDialog</name>
    <message>
        <location filename="../../app/ui/settings.py" line="50"/>
        <source>Comment relays</source>
        <translation>Comment relays</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="52"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="52"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="52"/>
        <source>Twitch channel</source>
        <translation>Twitch channel</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="58"/>
        <source>Add relay</source>
        <translation>Add relay</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="60"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="72"/>
        <source>LiveDeck connects to these relays and reconnects by itself if one drops. Relays can also push to ws://127.0.0.1:PORT/ingest.</source>
        <translation>LiveDeck connects to these relays and reconnects by itself if one drops. Relays can also push to ws://127.0.0.1:PORT/ingest.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="107"/>
        <source>Each relay needs a ws:// or wss:// URL, and Twitch a channel.</source>
        <translation>Each relay needs a ws:// or wss:// URL, and Twitch a channel.</translation>
    </message>
</context>
<context>
    <name>RemoteAccessDialog</name>
    <message>
        <location filename="../../app/ui/settings.py" line="151"/>
        <source>Remote access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="154"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="156"/>
        <source>New token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="170"/>
        <source>Token: in LAN mode every other computer, and every /control client, adds ?token=… to its URL (or sends Authorization: Bearer …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="173"/>
        <source>Web pages allowed to connect besides the studio&apos;s own overlays, one origin a line (scheme://host:port). Any other web page is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="188"/>
        <source>Not an origin (scheme://host:port): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunSheet</name>
    <message>
        <location filename="../../app/studio/runsheet_cmds.py" line="26"/>
        <source>no such item</source>
        <translation>no such item</translation>
    </message>
    <message>
        <location filename="../../app/studio/runsheet_cmds.py" line="27"/>
        <source>target position is outside the run-sheet</source>
        <translation>target position is outside the run-sheet</translation>
    </message>
    <message>
        <location filename="../../app/studio/runsheet_cmds.py" line="28"/>
        <source>only items still to come can be moved while live</source>
        <translation>only items still to come can be moved while live</translation>
    </message>
    <message>
        <location filename="../../app/studio/runsheet_cmds.py" line="29"/>
        <source>the show has ended</source>
        <translation>the show has ended</translation>
    </message>
    <message>
        <location filename="../../app/studio/runsheet_cmds.py" line="30"/>
        <source>new items go after what has already been on air</source>
        <translation>new items go after what has already been on air</translation>
    </message>
    <message>
        <location filename="../../app/studio/runsheet_cmds.py" line="31"/>
        <source>items already on air cannot be removed</source>
        <translation>items already on air cannot be removed</translation>
    </message>
</context>
<context>
    <name>RunSheetEditor</name>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="130"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="134"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="136"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="138"/>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="140"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="176"/>
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="177"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="178"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="179"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="191"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="192"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="244"/>
        <source>The show title cannot be empty</source>
        <translation>The show title cannot be empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="278"/>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="300"/>
        <source>%1 items · %2 min</source>
        <translation>%1 items · %2 min</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="303"/>
        <source>planned end %1</source>
        <translation>planned end %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="305"/>
        <source>no planned start</source>
        <translation>no planned start</translation>
    </message>
</context>
<context>
    <name>RunSheetModel</name>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="38"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="38"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="39"/>
        <source>List price</source>
        <translation>List price</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="40"/>
        <source>Live price</source>
        <translation>Live price</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="41"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="42"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="43"/>
        <source>Talking points</source>
        <translation>Talking points</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="44"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="44"/>
        <source>Cues</source>
        <translation>Cues</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="55"/>
        <source>A price is a number of yuan from 0 to 10,000,000, like 99 or 99.50</source>
        <translation>A price is a number of yuan from 0 to 10,000,000, like 99 or 99.50</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="61"/>
        <source>Stock must be a whole number</source>
        <translation>Stock must be a whole number</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="63"/>
        <source>Stock must be 0 to 1,000,000,000</source>
        <translation>Stock must be 0 to 1,000,000,000</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="69"/>
        <source>Minutes must be a number</source>
        <translation>Minutes must be a number</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="71"/>
        <source>Minutes must be between 0 and 600</source>
        <translation>Minutes must be between 0 and 600</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="77"/>
        <source>A cue is minutes:seconds and text, like “3:00 口播优惠券”; separate cues with ;</source>
        <translation>A cue is minutes:seconds and text, like “3:00 口播优惠券”; separate cues with ;</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="81"/>
        <source>The product name cannot be empty</source>
        <translation>The product name cannot be empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="221"/>
        <source>Note: the live price is not below the list price</source>
        <translation>Note: the live price is not below the list price</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="317"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="333"/>
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="355"/>
        <source>Remove product</source>
        <translation>Remove product</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="373"/>
        <source>Move product</source>
        <translation>Move product</translation>
    </message>
</context>
<context>
    <name>ShowCommands</name>
    <message>
        <location filename="../../app/studio/shows.py" line="63"/>
        <source>show %1 does not exist</source>
        <translation>show %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="101"/>
        <source>the planned start can only change before the show</source>
        <translation>the planned start can only change before the show</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="124"/>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="135"/>
        <location filename="../../app/studio/shows.py" line="138"/>
        <source>end the show before deleting it</source>
        <translation>end the show before deleting it</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="148"/>
        <source>the show has already started</source>
        <translation>the show has already started</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="150"/>
        <source>the run-sheet has no items</source>
        <translation>the run-sheet has no items</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="164"/>
        <source>The show has ended</source>
        <translation>The show has ended</translation>
    </message>
</context>
<context>
    <name>Shows</name>
    <message>
        <location filename="../../app/studio/shows.py" line="27"/>
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="27"/>
        <source>Taobao Live</source>
        <translation>Taobao Live</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="28"/>
        <source>Kuaishou</source>
        <translation>Kuaishou</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="28"/>
        <source>TikTok Shop</source>
        <translation>TikTok Shop</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="29"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <location filename="../../app/studio/studio.py" line="162"/>
        <source>unknown command %1</source>
        <translation>unknown command %1</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="164"/>
        <source>args must be an object</source>
        <translation>args must be an object</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="177"/>
        <source>%1: bad arguments (%2)</source>
        <translation>%1: bad arguments (%2)</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="181"/>
        <source>the change could not be saved (is the disk full?); nothing changed</source>
        <translation>the change could not be saved (is the disk full?); nothing changed</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="184"/>
        <source>%1 failed; nothing changed</source>
        <translation>%1 failed; nothing changed</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="204"/>
        <source>no show is open</source>
        <translation>no show is open</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="210"/>
        <source>the show is not live</source>
        <translation>the show is not live</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="215"/>
        <source>text is empty</source>
        <translation>text is empty</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="222"/>
        <source>lang is zh_CN or en</source>
        <translation>lang is zh_CN or en</translation>
    </message>
</context>
<context>
    <name>WordListDialog</name>
    <message>
        <location filename="../../app/ui/settings.py" line="122"/>
        <source>Banned and risky words</source>
        <translation>Banned and risky words</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="128"/>
        <source>One per line: category, tab, word, tab, suggested rewording. Categories: absolute, medical, diversion, guarantee, banned.</source>
        <translation>One per line: category, tab, word, tab, suggested rewording. Categories: absolute, medical, diversion, guarantee, banned.</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="311"/>
        <source>Edit show details</source>
        <translation>Edit show details</translation>
    </message>
</context>
</TS>
