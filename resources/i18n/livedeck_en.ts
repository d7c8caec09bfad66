<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Commerce</name>
    <message>
        <location filename="../../app/studio/commerce.py" line="27"/>
        <source>no such item on the run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="28"/>
        <source>another flash sale is counting down or live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="29"/>
        <source>the deal price must be above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="30"/>
        <source>the deal price must be below the live price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="31"/>
        <source>the quantity must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="32"/>
        <source>the quantity is more than the stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="33"/>
        <source>the per-buyer limit must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="34"/>
        <source>the countdown must be 10 to 300 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="35"/>
        <source>the sale must last 1 to 20 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="36"/>
        <source>a coupon takes an amount or a percent off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="37"/>
        <source>a percent-off coupon must be between 0 and 100 percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="38"/>
        <source>the amount off must be above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="39"/>
        <source>the amount off must be below the spend threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="40"/>
        <source>the spend threshold cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="41"/>
        <source>quantity and claims per viewer must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="42"/>
        <source>a coupon is valid for 1 minute to 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="43"/>
        <source>a coupon item is not on the run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="49"/>
        <source>missing argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="55"/>
        <source>argument %1 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="96"/>
        <source>the show is not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="138"/>
        <source>Flash sale for %1 in %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="145"/>
        <source>no flash sale is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="157"/>
        <source>delta must not be zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="166"/>
        <source>%1 is sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="194"/>
        <source>Coupon: %1 off orders over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="195"/>
        <source>Coupon: %1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="200"/>
        <source>no such coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="218"/>
        <source>another lottery is open; draw or close it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="221"/>
        <source>the lottery needs a prize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="225"/>
        <source>winners must be at least 1 and the duration 10 s to 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="228"/>
        <source>match is exact or contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="245"/>
        <source>Lottery open: type %1 to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="245"/>
        <source>Lottery open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="257"/>
        <source>no lottery in a state for that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="262"/>
        <location filename="../../app/studio/commerce.py" line="281"/>
        <source>the entrants are still being read back; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="277"/>
        <source>the lottery&apos;s seed is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="288"/>
        <source>nobody has entered the lottery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="292"/>
        <source>the entrant list changed after it was frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="298"/>
        <source>Congratulations %1, you won %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="306"/>
        <source>a re-draw needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="309"/>
        <source>that viewer is not a winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="320"/>
        <source>New winner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="355"/>
        <source>Flash sale is live: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="359"/>
        <source>Ten seconds left in the flash sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="410"/>
        <source>Flash sale %1 · coming up · %2 pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="413"/>
        <source>Flash sale %1 · starts in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="416"/>
        <source>Flash sale %1 · only %2 left · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="419"/>
        <source>Flash sale sold out · %1 sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="422"/>
        <source>%1 · %2 left · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="426"/>
        <source>any comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="427"/>
        <source>Lottery: %1 · type “%2” · %3 entered · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/commerce.py" line="431"/>
        <source>🎉 %1 won by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommercePanel</name>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="68"/>
        <location filename="../../app/ui/commerce_panel.py" line="123"/>
        <source> pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="70"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="71"/>
        <location filename="../../app/ui/commerce_panel.py" line="125"/>
        <location filename="../../app/ui/commerce_panel.py" line="164"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="74"/>
        <source>Start flash sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="78"/>
        <source>Arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="79"/>
        <source>Check and show it coming on the host view; Start sets it going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="81"/>
        <location filename="../../app/ui/commerce_panel.py" line="251"/>
        <source>End sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="87"/>
        <source>Adjust the sale&apos;s remaining stock by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="92"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="96"/>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="98"/>
        <source>Deal price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="101"/>
        <source>then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="103"/>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="109"/>
        <source>Flash sale (秒杀)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="117"/>
        <source>¥ off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="118"/>
        <source>% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="126"/>
        <source>Issue coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="132"/>
        <source>+1 claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="134"/>
        <source>Stop coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="137"/>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="141"/>
        <source>per viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="149"/>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="158"/>
        <source>Prize, e.g. 羊绒围巾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="162"/>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="163"/>
        <source>exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="165"/>
        <source>followers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="167"/>
        <source>fan level ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="168"/>
        <source>exclude earlier winners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="170"/>
        <source>Open lottery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="174"/>
        <source>Close entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="176"/>
        <location filename="../../app/ui/commerce_panel.py" line="284"/>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="178"/>
        <source>Re-draw selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="190"/>
        <source>Prize, winners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="195"/>
        <source>Keyword (口令)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="204"/>
        <source>Lottery (福袋)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="252"/>
        <source>End the flash sale now? Viewers can no longer buy at the deal price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="267"/>
        <source>No coupon selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="282"/>
        <source>No lottery to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="285"/>
        <source>Draw %1 winners now? Entries close and the result is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="293"/>
        <source>Select the winner to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="295"/>
        <source>Re-draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="295"/>
        <source>Why is this prize drawn again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="296"/>
        <source>not claimed within 48 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="310"/>
        <source>stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="334"/>
        <source>No flash sale yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="336"/>
        <source>Armed: %1 %2 × %3 · press Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="339"/>
        <source>%1 %2 · starts in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="342"/>
        <source>LIVE %1 · %2 left of %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="345"/>
        <source>sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="345"/>
        <source>time up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="345"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="346"/>
        <source>Ended (%1) · %2 sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="350"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="350"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="350"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="351"/>
        <source>all claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="354"/>
        <source>%1 off over %2 · %3/%4 claimed · %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="367"/>
        <source>No lottery yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="370"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="370"/>
        <source>entries closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="370"/>
        <source>drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="371"/>
        <source>%1 · %2 · %3 entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="373"/>
        <source>Commitment %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="375"/>
        <source>seed %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedDelegate</name>
    <message>
        <location filename="../../app/ui/feed_view.py" line="242"/>
        <source>(removed by the platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="249"/>
        <source>Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="256"/>
        <source>complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="258"/>
        <source>compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="260"/>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedModel</name>
    <message>
        <location filename="../../app/ui/feed_view.py" line="114"/>
        <source>sent %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="116"/>
        <source>ordered %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="118"/>
        <source>followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="120"/>
        <source>shared the room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedView</name>
    <message>
        <location filename="../../app/ui/feed_view.py" line="276"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="276"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="277"/>
        <location filename="../../app/ui/feed_view.py" line="319"/>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="277"/>
        <source>Gifts &amp; orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="278"/>
        <source>Product mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="283"/>
        <source>Search comments or users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="286"/>
        <source>Keywords to highlight, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="347"/>
        <source>%1 new ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="370"/>
        <source>Any product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="403"/>
        <source>Pinned to the host view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="413"/>
        <source>Queued to be read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="415"/>
        <source>Not read aloud: speech is muted or a few comments are already waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="423"/>
        <source>Pin to host view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="424"/>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="425"/>
        <source>History of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="428"/>
        <source>Unblock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="430"/>
        <source>Block %1 (hide their comments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="438"/>
        <source>Block viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="439"/>
        <source>Hide comments from %1 in this feed? Use this for spam and abuse only: criticism of products stays visible, as the live-commerce rules require. Nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="446"/>
        <source>%1 blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="451"/>
        <source>%1 unblocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="463"/>
        <source>%1 — history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="468"/>
        <source>No comments yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../../app/ui/feed_view.py" line="482"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="482"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="482"/>
        <source>Per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="483"/>
        <source>Last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="483"/>
        <source>Reconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="483"/>
        <source>Malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="498"/>
        <source>%1 events · %2/s · %3 duplicates dropped · %4 malformed · %5 viewers online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="512"/>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostView</name>
    <message>
        <location filename="../../app/ui/host_view.py" line="31"/>
        <source>LiveDeck — Host view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="169"/>
        <source>Not on air yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="171"/>
        <source>Show ended · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="173"/>
        <source>On air %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="175"/>
        <source>Planned end %1 · projected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="182"/>
        <source>No show open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="189"/>
        <source>Stock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="200"/>
        <location filename="../../app/ui/host_view.py" line="201"/>
        <source>time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="200"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="201"/>
        <source>wrap up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="201"/>
        <source>overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="209"/>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="51"/>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="53"/>
        <source>Nothing was imported from %1. Fix these rows and import again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="42"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="42"/>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="43"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>Feed health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>Run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97"/>
        <source>On air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="103"/>
        <source>Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>New show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>Duplicate as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="144"/>
        <source>Import products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>Export run-sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>On &amp;air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>Mute spoken cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>Host view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <source>Host view full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>Host view on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>S&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>Comment relays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>Banned words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200"/>
        <source>Spoken cues muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200"/>
        <source>Spoken cues on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="235"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="253"/>
        <source>Show is live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="254"/>
        <source>The open show is live. Switch to another show anyway? It stays live and reopens where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266"/>
        <source>New show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266"/>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>Rename show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="284"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294"/>
        <source>A live show cannot be deleted; end it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="297"/>
        <source>Delete show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="298"/>
        <source>Delete “%1” with its run-sheet, events and comments? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="315"/>
        <source>Open or create a show first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="318"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="319"/>
        <source>Product sheets (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="323"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="330"/>
        <source>Import refused: %n bad rows</source>
        <translation>
            <numerusform>Import refused: %n bad row</numerusform>
            <numerusform>Import refused: %n bad rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="333"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="337"/>
        <source>Imported %n products</source>
        <translation>
            <numerusform>Imported %n product</numerusform>
            <numerusform>Imported %n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="343"/>
        <source>Export run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="344"/>
        <source>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="60"/>
        <source>Start show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="61"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="62"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="63"/>
        <source>Pause / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="64"/>
        <source>−1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="65"/>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="66"/>
        <location filename="../../app/ui/operator_panel.py" line="118"/>
        <source>End show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="88"/>
        <source>Double-click or Enter: go to this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="93"/>
        <source>Run order (double-click to go to an item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="116"/>
        <source>The show is not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="119"/>
        <source>End the show now? The clocks stop and this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="148"/>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="149"/>
        <source>No show open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="150"/>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="161"/>
        <source>Show clock %1 · over/under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="166"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="167"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayDialog</name>
    <message>
        <location filename="../../app/ui/settings.py" line="47"/>
        <source>Comment relays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="49"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="49"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="49"/>
        <source>Twitch channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="55"/>
        <source>Add relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="57"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="69"/>
        <source>LiveDeck connects to these relays and reconnects by itself if one drops. Relays can also push to ws://127.0.0.1:PORT/ingest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="104"/>
        <source>Each relay needs a ws:// or wss:// URL, and Twitch a channel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunSheetEditor</name>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="53"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="55"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="57"/>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="59"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="95"/>
        <source>Add product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="96"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="97"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="98"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="110"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="111"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="153"/>
        <source>The show title cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="177"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="201"/>
        <source>%1 items · %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="204"/>
        <source>planned end %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunSheetModel</name>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="37"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="37"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="38"/>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="39"/>
        <source>Live price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="40"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="41"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="42"/>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="43"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="43"/>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="56"/>
        <source>Stock must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="58"/>
        <source>Stock cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="64"/>
        <source>Minutes must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="66"/>
        <source>Minutes must be between 0 and 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="71"/>
        <source>The product name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="209"/>
        <source>Items already on air cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="277"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="289"/>
        <source>Add product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="313"/>
        <source>Remove product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="334"/>
        <source>Move product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <location filename="../../app/studio/studio.py" line="34"/>
        <source>no such item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="35"/>
        <source>target position is outside the run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="36"/>
        <source>only items still to come can be moved while live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="37"/>
        <source>the show has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="142"/>
        <source>unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="144"/>
        <source>args must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="150"/>
        <source>%1: bad arguments (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="158"/>
        <source>no show is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="164"/>
        <source>the show is not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="180"/>
        <source>the show has already started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="183"/>
        <source>the run-sheet has no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="201"/>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="211"/>
        <source>this is the last item; end the show instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="218"/>
        <source>this is the first item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="226"/>
        <source>item %1 is not on the run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="231"/>
        <source>index %1 is outside the run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="237"/>
        <source>the timer is already paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="244"/>
        <source>the timer is not paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="252"/>
        <source>seconds must be non-zero and at most an hour either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="277"/>
        <source>comment %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="295"/>
        <source>nothing is pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="302"/>
        <source>text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="356"/>
        <source>One minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="359"/>
        <source>Overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="361"/>
        <source>, next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordListDialog</name>
    <message>
        <location filename="../../app/ui/settings.py" line="119"/>
        <source>Banned and risky words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="125"/>
        <source>One per line: category, tab, word, tab, suggested rewording. Categories: absolute, medical, diversion, guarantee, banned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="210"/>
        <source>Edit show details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
