<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnswerDesk</name>
    <message>
        <location filename="../../app/studio/answers.py" line="68"/>
        <source>no line of this item answers that question</source>
        <translation>no line of this item answers that question</translation>
    </message>
</context>
<context>
    <name>AnswersStrip</name>
    <message>
        <location filename="../../app/ui/answers_strip.py" line="26"/>
        <location filename="../../app/ui/answers_strip.py" line="44"/>
        <source>Answers at hand</source>
        <translation>Answers at hand</translation>
    </message>
    <message>
        <location filename="../../app/ui/answers_strip.py" line="31"/>
        <source>Answer on the host view (Ctrl+Shift+A)</source>
        <translation>Answer on the host view (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/answers_strip.py" line="47"/>
        <source>Answers to “%1”</source>
        <translation>Answers to “%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/answers_strip.py" line="48"/>
        <source>No line of this item answers “%1”</source>
        <translation>No line of this item answers “%1”</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="39"/>
        <source>Run order (排序)</source>
        <translation>Run order (排序)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="40"/>
        <source>Cart link number (链接号)</source>
        <translation>Cart link number (链接号)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="41"/>
        <source>Product ID (商品ID)</source>
        <translation>Product ID (商品ID)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="42"/>
        <source>SKU (货号)</source>
        <translation>SKU (货号)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="43"/>
        <source>Product title (商品标题)</source>
        <translation>Product title (商品标题)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="44"/>
        <source>Spec (规格)</source>
        <translation>Spec (规格)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="45"/>
        <source>List price (日常价)</source>
        <translation>List price (日常价)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="46"/>
        <source>Live price (直播价)</source>
        <translation>Live price (直播价)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="47"/>
        <source>Offer (福利机制)</source>
        <translation>Offer (福利机制)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="48"/>
        <source>Stock (库存)</source>
        <translation>Stock (库存)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="49"/>
        <source>Commission (佣金)</source>
        <translation>Commission (佣金)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="50"/>
        <source>Role (款式定位)</source>
        <translation>Role (款式定位)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="51"/>
        <source>Minutes (讲解时长)</source>
        <translation>Minutes (讲解时长)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="52"/>
        <source>Time slot or start (时间段)</source>
        <translation>Time slot or start (时间段)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="53"/>
        <source>End time (结束时间)</source>
        <translation>End time (结束时间)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="54"/>
        <source>Talking points (卖点)</source>
        <translation>Talking points (卖点)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="55"/>
        <source>Notes (备注)</source>
        <translation>Notes (备注)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="56"/>
        <source>Product URL</source>
        <translation>Product URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="57"/>
        <source>Cues (提示)</source>
        <translation>Cues (提示)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="58"/>
        <source>After-coupon price (券后价)</source>
        <translation>After-coupon price (券后价)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="59"/>
        <source>Coupon (优惠券, said in the notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="60"/>
        <source>Status (状态)</source>
        <translation>Status (状态)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="61"/>
        <source>Image (商品封面)</source>
        <translation>Image (商品封面)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="62"/>
        <source>Fee (服务费 / 坑位费)</source>
        <translation>Fee (服务费 / 坑位费)</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="99"/>
        <source>Which column is what?</source>
        <translation>Which column is what?</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="101"/>
        <source>%1 has columns LiveDeck does not know. Say what each one is; the choice is remembered for sheets with the same columns.</source>
        <translation>%1 has columns LiveDeck does not know. Say what each one is; the choice is remembered for sheets with the same columns.</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="108"/>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="140"/>
        <source>Choose the product title column.</source>
        <translation>Choose the product title column.</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="142"/>
        <source>Each field can be chosen for one column only.</source>
        <translation>Each field can be chosen for one column only.</translation>
    </message>
</context>
<context>
    <name>Commerce</name>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="28"/>
        <source>no such item on the run-sheet</source>
        <translation>no such item on the run-sheet</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="29"/>
        <source>another flash sale is counting down or live</source>
        <translation>another flash sale is counting down or live</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="30"/>
        <source>the deal price must be above zero</source>
        <translation>the deal price must be above zero</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="31"/>
        <source>the deal price must be below the live price</source>
        <translation>the deal price must be below the live price</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="32"/>
        <source>the quantity must be at least 1</source>
        <translation>the quantity must be at least 1</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="33"/>
        <source>the quantity is more than the stock</source>
        <translation>the quantity is more than the stock</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="34"/>
        <source>the per-buyer limit must be at least 1</source>
        <translation>the per-buyer limit must be at least 1</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="35"/>
        <source>the countdown must be 10 to 300 seconds</source>
        <translation>the countdown must be 10 to 300 seconds</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="36"/>
        <source>the sale must last 1 to 20 minutes</source>
        <translation>the sale must last 1 to 20 minutes</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="37"/>
        <source>a coupon takes an amount or a percent off</source>
        <translation>a coupon takes an amount or a percent off</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="38"/>
        <source>a percent-off coupon must be between 0 and 100 percent</source>
        <translation>a percent-off coupon must be between 0 and 100 percent</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="39"/>
        <source>the amount off must be above zero</source>
        <translation>the amount off must be above zero</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="40"/>
        <source>the amount off must be below the spend threshold</source>
        <translation>the amount off must be below the spend threshold</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="41"/>
        <source>the spend threshold cannot be negative</source>
        <translation>the spend threshold cannot be negative</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="42"/>
        <source>quantity and claims per viewer must be at least 1</source>
        <translation>quantity and claims per viewer must be at least 1</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="43"/>
        <source>a coupon is valid for 1 minute to 24 hours</source>
        <translation>a coupon is valid for 1 minute to 24 hours</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="44"/>
        <source>a coupon item is not on the run-sheet</source>
        <translation>a coupon item is not on the run-sheet</translation>
    </message>
</context>
<context>
    <name>CommerceBoxes</name>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="74"/>
        <location filename="../../app/ui/commerce_boxes.py" line="133"/>
        <source> pcs</source>
        <translation> pcs</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="76"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="77"/>
        <location filename="../../app/ui/commerce_boxes.py" line="135"/>
        <location filename="../../app/ui/commerce_boxes.py" line="174"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="80"/>
        <source>Start flash sale</source>
        <translation>Start flash sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="82"/>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="83"/>
        <source>Check and show it coming on the host view; Start sets it going</source>
        <translation>Check and show it coming on the host view; Start sets it going</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="85"/>
        <source>End sale</source>
        <translation>End sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="91"/>
        <source>Adjust the sale&apos;s remaining stock by hand</source>
        <translation>Adjust the sale&apos;s remaining stock by hand</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="96"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="100"/>
        <source>limit</source>
        <translation>limit</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="102"/>
        <source>Deal price</source>
        <translation>Deal price</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="105"/>
        <source>then</source>
        <translation>then</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="107"/>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="113"/>
        <source>Sale stock</source>
        <translation>Sale stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="116"/>
        <source>Flash sale (秒杀)</source>
        <translation>Flash sale (秒杀)</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="127"/>
        <source>¥ off</source>
        <translation>¥ off</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="128"/>
        <source>% off</source>
        <translation>% off</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="136"/>
        <source>Issue coupon</source>
        <translation>Issue coupon</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="140"/>
        <source>+1 claimed</source>
        <translation>+1 claimed</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="142"/>
        <source>Stop coupon</source>
        <translation>Stop coupon</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="145"/>
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="149"/>
        <source>per viewer</source>
        <translation>per viewer</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="157"/>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="168"/>
        <source>Prize, e.g. 羊绒围巾</source>
        <translation>Prize, e.g. 羊绒围巾</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="172"/>
        <source>contains</source>
        <translation>contains</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="173"/>
        <source>exactly</source>
        <translation>exactly</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="175"/>
        <source>followers only</source>
        <translation>followers only</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="177"/>
        <source>fan level ≥ </source>
        <translation>fan level ≥ </translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="178"/>
        <source>exclude earlier winners</source>
        <translation>exclude earlier winners</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="180"/>
        <source>Open lottery</source>
        <translation>Open lottery</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="182"/>
        <source>Close entries</source>
        <translation>Close entries</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="184"/>
        <source>Draw</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="186"/>
        <source>Re-draw selected…</source>
        <translation>Re-draw selected…</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="198"/>
        <source>Prize, winners</source>
        <translation>Prize, winners</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="203"/>
        <source>Keyword (口令)</source>
        <translation>Keyword (口令)</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="212"/>
        <source>Lottery (福袋)</source>
        <translation>Lottery (福袋)</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="232"/>
        <source>No flash sale yet</source>
        <translation>No flash sale yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="234"/>
        <source>Armed: %1 %2 × %3 · press Start</source>
        <translation>Armed: %1 %2 × %3 · press Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="237"/>
        <source>%1 %2 · starts in %3</source>
        <translation>%1 %2 · starts in %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="240"/>
        <source>LIVE %1 · %2 left of %3 · %4</source>
        <translation>LIVE %1 · %2 left of %3 · %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="243"/>
        <source>Sold out · %1 sold</source>
        <translation>Sold out · %1 sold</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="243"/>
        <source>Time up · %1 sold</source>
        <translation>Time up · %1 sold</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="244"/>
        <source>Stopped by hand · %1 sold</source>
        <translation>Stopped by hand · %1 sold</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="245"/>
        <source>Ended · %1 sold</source>
        <translation>Ended · %1 sold</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="250"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="250"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="250"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="251"/>
        <source>all claimed</source>
        <translation>all claimed</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="254"/>
        <source>%1 off over %2 · %3/%4 claimed · %5 · %6</source>
        <translation>%1 off over %2 · %3/%4 claimed · %5 · %6</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="268"/>
        <source>No lottery yet</source>
        <translation>No lottery yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="271"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="271"/>
        <source>entries closed</source>
        <translation>entries closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="271"/>
        <source>drawn</source>
        <translation>drawn</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="272"/>
        <source>%1 · %2 · %3 entered</source>
        <translation>%1 · %2 · %3 entered</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="274"/>
        <source>Commitment %1…</source>
        <translation>Commitment %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="276"/>
        <source>seed %1…</source>
        <translation>seed %1…</translation>
    </message>
</context>
<context>
    <name>CommercePanel</name>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="115"/>
        <source>End sale</source>
        <translation>End sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="148"/>
        <source>Draw</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="116"/>
        <source>End the flash sale now? Viewers can no longer buy at the deal price.</source>
        <translation>End the flash sale now? Viewers can no longer buy at the deal price.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="131"/>
        <source>No coupon selected</source>
        <translation>No coupon selected</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="146"/>
        <source>No lottery to draw</source>
        <translation>No lottery to draw</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="149"/>
        <source>Draw %1 winners now? Entries close and the result is final.</source>
        <translation>Draw %1 winners now? Entries close and the result is final.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="157"/>
        <source>Select the winner to replace</source>
        <translation>Select the winner to replace</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="159"/>
        <source>Re-draw</source>
        <translation>Re-draw</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="159"/>
        <source>Why is this prize drawn again?</source>
        <translation>Why is this prize drawn again?</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="160"/>
        <source>not claimed within 48 hours</source>
        <translation>not claimed within 48 hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="45"/>
        <source>stock</source>
        <translation>stock</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <location filename="../../app/studio/compliance.py" line="31"/>
        <source>absolute claim (广告法 Art. 9)</source>
        <translation>absolute claim (广告法 Art. 9)</translation>
    </message>
    <message>
        <location filename="../../app/studio/compliance.py" line="32"/>
        <source>medical claim for a product that is not a medicine</source>
        <translation>medical claim for a product that is not a medicine</translation>
    </message>
    <message>
        <location filename="../../app/studio/compliance.py" line="33"/>
        <source>promise of a result or guarantee</source>
        <translation>promise of a result or guarantee</translation>
    </message>
    <message>
        <location filename="../../app/studio/compliance.py" line="34"/>
        <source>sends viewers off the platform</source>
        <translation>sends viewers off the platform</translation>
    </message>
    <message>
        <location filename="../../app/studio/compliance.py" line="35"/>
        <source>banned on the platform</source>
        <translation>banned on the platform</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_marks.py" line="54"/>
        <source>Check this line</source>
        <translation>Check this line</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_marks.py" line="55"/>
        <source>This line has words the advertising law or the platform does not allow. Send it to the host anyway?</source>
        <translation>This line has words the advertising law or the platform does not allow. Send it to the host anyway?</translation>
    </message>
</context>
<context>
    <name>ControlBridge</name>
    <message>
        <location filename="../../app/studio/bridge.py" line="49"/>
        <source>the studio is quitting: this was not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponDesk</name>
    <message>
        <location filename="../../app/studio/coupons.py" line="63"/>
        <source>Coupon: %1 off orders over %2</source>
        <translation>Coupon: %1 off orders over %2</translation>
    </message>
    <message>
        <location filename="../../app/studio/coupons.py" line="64"/>
        <source>Coupon: %1 off</source>
        <translation>Coupon: %1 off</translation>
    </message>
    <message>
        <location filename="../../app/studio/coupons.py" line="70"/>
        <source>no such coupon</source>
        <translation>no such coupon</translation>
    </message>
    <message>
        <location filename="../../app/studio/coupons.py" line="76"/>
        <source>the coupon is already stopped</source>
        <translation>the coupon is already stopped</translation>
    </message>
</context>
<context>
    <name>CuePrompt</name>
    <message>
        <location filename="../../app/ui/cue_prompt.py" line="55"/>
        <source>⏰ Plan: %1 — click to set it up</source>
        <translation>⏰ Plan: %1 — click to set it up</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <location filename="../../app/ui/application.py" line="68"/>
        <source>Another LiveDeck studio is using this data folder.</source>
        <translation>Another LiveDeck studio is using this data folder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="70"/>
        <source>Open another folder…</source>
        <translation>Open another folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="76"/>
        <source>Choose a data folder</source>
        <translation>Choose a data folder</translation>
    </message>
</context>
<context>
    <name>Downtime</name>
    <message>
        <location filename="../../app/studio/downtime.py" line="53"/>
        <source>from must be after the start and before to, to not in the future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedDelegate</name>
    <message>
        <location filename="../../app/ui/feed_model.py" line="32"/>
        <source>No.%1 · %2</source>
        <translation>No.%1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="248"/>
        <source>(removed by the platform)</source>
        <translation>(removed by the platform)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="255"/>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="261"/>
        <source>no such link</source>
        <translation>no such link</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="263"/>
        <source>complaint</source>
        <translation>complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="265"/>
        <source>compliance</source>
        <translation>compliance</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="267"/>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="269"/>
        <source>room ended</source>
        <translation>room ended</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="271"/>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
</context>
<context>
    <name>FeedDesk</name>
    <message>
        <location filename="../../app/studio/feed_cmds.py" line="28"/>
        <source>relays must be a list</source>
        <translation>relays must be a list</translation>
    </message>
    <message>
        <location filename="../../app/studio/feed_cmds.py" line="32"/>
        <source>each relay is an object with format, url and channel</source>
        <translation>each relay is an object with format, url and channel</translation>
    </message>
    <message>
        <location filename="../../app/studio/feed_cmds.py" line="37"/>
        <source>unknown relay format</source>
        <translation>unknown relay format</translation>
    </message>
    <message>
        <location filename="../../app/studio/feed_cmds.py" line="39"/>
        <source>Each relay needs a ws:// or wss:// URL, and Twitch a channel.</source>
        <translation>Each relay needs a ws:// or wss:// URL, and Twitch a channel.</translation>
    </message>
    <message>
        <location filename="../../app/studio/feed_cmds.py" line="90"/>
        <source>comment_id must be a number</source>
        <translation>comment_id must be a number</translation>
    </message>
    <message>
        <location filename="../../app/studio/feed_cmds.py" line="107"/>
        <source>muted must be true or false</source>
        <translation>muted must be true or false</translation>
    </message>
    <message>
        <location filename="../../app/studio/feed_cmds.py" line="119"/>
        <source>relays are not available here</source>
        <translation>relays are not available here</translation>
    </message>
</context>
<context>
    <name>FeedModel</name>
    <message>
        <location filename="../../app/ui/feed_model.py" line="83"/>
        <source>sent %1 × %2</source>
        <translation>sent %1 × %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="85"/>
        <source>ordered %1 × %2</source>
        <translation>ordered %1 × %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="87"/>
        <source>followed</source>
        <translation>followed</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="89"/>
        <source>shared the room</source>
        <translation>shared the room</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="91"/>
        <source>The platform says the room has ended</source>
        <translation>The platform says the room has ended</translation>
    </message>
</context>
<context>
    <name>FeedTabs</name>
    <message>
        <location filename="../../app/ui/feed_tabs.py" line="27"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_tabs.py" line="28"/>
        <source>Feed health</source>
        <translation>Feed health</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_tabs.py" line="29"/>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_tabs.py" line="30"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_tabs.py" line="31"/>
        <source>Poll</source>
        <translation>Poll</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_tabs.py" line="32"/>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
</context>
<context>
    <name>FeedView</name>
    <message>
        <location filename="../../app/ui/feed_view.py" line="106"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="106"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="72"/>
        <location filename="../../app/ui/feed_view.py" line="107"/>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="107"/>
        <source>Gifts &amp; orders</source>
        <translation>Gifts &amp; orders</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="108"/>
        <source>Product mentions</source>
        <translation>Product mentions</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="115"/>
        <source>Search comments or users</source>
        <translation>Search comments or users</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="118"/>
        <source>Keywords to highlight, separated by commas</source>
        <translation>Keywords to highlight, separated by commas</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="80"/>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="81"/>
        <source>Remove the pinned comment from the host view</source>
        <translation>Remove the pinned comment from the host view</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="170"/>
        <source>Paused · %1 new ↓ (End)</source>
        <translation>Paused · %1 new ↓ (End)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="112"/>
        <source>Any product</source>
        <translation>Any product</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="221"/>
        <source>Pinned on the host view: %1</source>
        <translation>Pinned on the host view: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="259"/>
        <source>Pinned to the host view</source>
        <translation>Pinned to the host view</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="264"/>
        <source>Unpinned</source>
        <translation>Unpinned</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="267"/>
        <source>Host screen cleared</source>
        <translation>Host screen cleared</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="282"/>
        <source>Queued to be read aloud</source>
        <translation>Queued to be read aloud</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="284"/>
        <source>Not read aloud: speech is muted or a few comments are already waiting</source>
        <translation>Not read aloud: speech is muted or a few comments are already waiting</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="292"/>
        <source>Pin to host view</source>
        <translation>Pin to host view</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="293"/>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="294"/>
        <source>Unpin from host view</source>
        <translation>Unpin from host view</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="296"/>
        <source>Clear host screen</source>
        <translation>Clear host screen</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="297"/>
        <source>History of %1…</source>
        <translation>History of %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="300"/>
        <source>Unblock %1</source>
        <translation>Unblock %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="302"/>
        <source>Block %1 (hide their comments)</source>
        <translation>Block %1 (hide their comments)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="310"/>
        <source>Block viewer</source>
        <translation>Block viewer</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="311"/>
        <source>Hide comments from %1 in this feed? Use this for spam and abuse only: criticism of products stays visible, as the live-commerce rules require. Nothing is deleted.</source>
        <translation>Hide comments from %1 in this feed? Use this for spam and abuse only: criticism of products stays visible, as the live-commerce rules require. Nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="318"/>
        <source>%1 blocked</source>
        <translation>%1 blocked</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="322"/>
        <source>%1 unblocked</source>
        <translation>%1 unblocked</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="342"/>
        <source>%1 — history</source>
        <translation>%1 — history</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="347"/>
        <source>No comments yet</source>
        <translation>No comments yet</translation>
    </message>
</context>
<context>
    <name>FlashSaleDesk</name>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="103"/>
        <source>Flash sale for %1 in %2 seconds</source>
        <translation>Flash sale for %1 in %2 seconds</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="110"/>
        <source>no flash sale is running</source>
        <translation>no flash sale is running</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="121"/>
        <source>%1 is sold out</source>
        <translation>%1 is sold out</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="128"/>
        <source>delta must not be zero</source>
        <translation>delta must not be zero</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="187"/>
        <source>Flash sale is live: %1 at %2</source>
        <translation>Flash sale is live: %1 at %2</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="190"/>
        <source>Ten seconds left in the flash sale</source>
        <translation>Ten seconds left in the flash sale</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../../app/ui/feed_health.py" line="28"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="28"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="28"/>
        <source>Per second</source>
        <translation>Per second</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="29"/>
        <source>Last event</source>
        <translation>Last event</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="29"/>
        <source>Reconnects</source>
        <translation>Reconnects</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="29"/>
        <source>Malformed</source>
        <translation>Malformed</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="30"/>
        <source>Not stored</source>
        <translation>Not stored</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="45"/>
        <source>%1 events · %2/s · %3 duplicates dropped · %4 malformed · %5 viewers online</source>
        <translation>%1 events · %2/s · %3 duplicates dropped · %4 malformed · %5 viewers online</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="49"/>
        <source>%1 events from anonymous viewers (never lottery entrants)</source>
        <translation>%1 events from anonymous viewers (never lottery entrants)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="52"/>
        <source>The platform says the room has ended (%1)</source>
        <translation>The platform says the room has ended (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="55"/>
        <source>%1 rows could not be stored and were set aside (dead letters): %2</source>
        <translation>%1 rows could not be stored and were set aside (dead letters): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="69"/>
        <source>%1 s ago</source>
        <translation>%1 s ago</translation>
    </message>
</context>
<context>
    <name>Host</name>
    <message>
        <location filename="../../app/studio/host.py" line="15"/>
        <source>the message is empty</source>
        <translation>the message is empty</translation>
    </message>
    <message>
        <location filename="../../app/studio/host.py" line="16"/>
        <source>the message is longer than 80 characters</source>
        <translation>the message is longer than 80 characters</translation>
    </message>
    <message>
        <location filename="../../app/studio/host.py" line="38"/>
        <source>flash must be true or false</source>
        <translation>flash must be true or false</translation>
    </message>
    <message>
        <location filename="../../app/studio/host.py" line="45"/>
        <source>the host view is already clear</source>
        <translation>the host view is already clear</translation>
    </message>
</context>
<context>
    <name>HostScreen</name>
    <message>
        <location filename="../../app/core/host_screen.py" line="47"/>
        <source>Flash sale · %1 %2 · coming up · %3 pieces</source>
        <translation>Flash sale · %1 %2 · coming up · %3 pieces</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="48"/>
        <source>Flash sale · %1 %2 · starts in %3</source>
        <translation>Flash sale · %1 %2 · starts in %3</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="49"/>
        <source>Flash sale · %1 %2 · only %3 left · %4</source>
        <translation>Flash sale · %1 %2 · only %3 left · %4</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="50"/>
        <source>Flash sale · %1 · sold out · %2 sold</source>
        <translation>Flash sale · %1 · sold out · %2 sold</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="51"/>
        <source>Flash sale · %1 %2</source>
        <translation>Flash sale · %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="52"/>
        <source>starts in… get the room counting</source>
        <translation>starts in… get the room counting</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="53"/>
        <source>GO!</source>
        <translation>GO!</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="54"/>
        <source>only %1 left · %2</source>
        <translation>only %1 left · %2</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="55"/>
        <source>Coupon · %1 · %2 · %3 left · %4</source>
        <translation>Coupon · %1 · %2 · %3 left · %4</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="56"/>
        <source>%1 off</source>
        <translation>%1 off</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="57"/>
        <source>%1 off orders over %2</source>
        <translation>%1 off orders over %2</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="58"/>
        <source>every product</source>
        <translation>every product</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="59"/>
        <source>Lottery · %1 · type “%2” · %3 entered · %4</source>
        <translation>Lottery · %1 · type “%2” · %3 entered · %4</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="60"/>
        <source>any comment</source>
        <translation>any comment</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="61"/>
        <source>🎉 Lottery · %1 won by %2</source>
        <translation>🎉 Lottery · %1 won by %2</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="62"/>
        <source>🎉 Winners · %1</source>
        <translation>🎉 Winners · %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="63"/>
        <source>read the names out</source>
        <translation>read the names out</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="64"/>
        <source>Poll: %1 · %2%3</source>
        <translation>Poll: %1 · %2%3</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="65"/>
        <source>Poll result: %1 · %2</source>
        <translation>Poll result: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="66"/>
        <source>Poll closed · %1</source>
        <translation>Poll closed · %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="67"/>
        <source>%1 votes of %2 voters</source>
        <translation>%1 votes of %2 voters</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="68"/>
        <source>❓ Answer now: %1%2%3</source>
        <translation>❓ Answer now: %1%2%3</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="69"/>
        <source>❓ Answer now</source>
        <translation>❓ Answer now</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="70"/>
        <source>asked %1×</source>
        <translation>asked %1×</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="71"/>
        <source>⏰ %1</source>
        <translation>⏰ %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="72"/>
        <source>The platform says the room has ended (%1)</source>
        <translation>The platform says the room has ended (%1)</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="73"/>
        <source>The app was down %1 min (%2–%3): the clocks went on in real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="74"/>
        <source>The app was down %1 s (%2–%3): the clocks went on in real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="28"/>
        <source>On air %1</source>
        <translation>On air %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="29"/>
        <source>Planned end %1 · projected %2</source>
        <translation>Planned end %1 · projected %2</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="30"/>
        <source>Link %1</source>
        <translation>Link %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="31"/>
        <source>Stock left %1</source>
        <translation>Stock left %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="32"/>
        <source>Stock %1</source>
        <translation>Stock %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="33"/>
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="34"/>
        <source>Deal %1</source>
        <translation>Deal %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="35"/>
        <source>%1 left · %2</source>
        <translation>%1 left · %2</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="36"/>
        <source>Encore</source>
        <translation>Encore</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="37"/>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="38"/>
        <source>Last item</source>
        <translation>Last item</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="39"/>
        <source>No show open</source>
        <translation>No show open</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="41"/>
        <location filename="../../app/core/host_texts.py" line="42"/>
        <source>time left</source>
        <translation>time left</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="43"/>
        <source>wrap up</source>
        <translation>wrap up</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="44"/>
        <source>overtime</source>
        <translation>overtime</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="46"/>
        <source>paused · over time</source>
        <translation>paused · over time</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="47"/>
        <source>paused · time left</source>
        <translation>paused · time left</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="48"/>
        <source>Not on air yet</source>
        <translation>Not on air yet</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="49"/>
        <source>Planned start %1 · planned end %2</source>
        <translation>Planned start %1 · planned end %2</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="50"/>
        <source>to the planned start</source>
        <translation>to the planned start</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="51"/>
        <source>past the planned start</source>
        <translation>past the planned start</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="52"/>
        <source>No planned start set</source>
        <translation>No planned start set</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="53"/>
        <source>not on air yet</source>
        <translation>not on air yet</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="54"/>
        <source>First: %1</source>
        <translation>First: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="55"/>
        <source>Add products to the run-sheet, then start the show (F5).</source>
        <translation>Add products to the run-sheet, then start the show (F5).</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="56"/>
        <source>Show ended · %1</source>
        <translation>Show ended · %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="57"/>
        <source>Ended %1 · planned end %2</source>
        <translation>Ended %1 · planned end %2</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="58"/>
        <source>Show ended</source>
        <translation>Show ended</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="59"/>
        <source>over the plan</source>
        <translation>over the plan</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="60"/>
        <source>under the plan</source>
        <translation>under the plan</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="61"/>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="62"/>
        <source>Thank you! The show ended at %1 after %2 on air, with %3 items.</source>
        <translation>Thank you! The show ended at %1 after %2 on air, with %3 items.</translation>
    </message>
</context>
<context>
    <name>HostView</name>
    <message>
        <location filename="../../app/ui/host_view.py" line="65"/>
        <source>LiveDeck — Host view</source>
        <translation>LiveDeck — Host view</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="277"/>
        <source>Page %1/%2 ▸</source>
        <translation>Page %1/%2 ▸</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../app/ui/import_messages.py" line="10"/>
        <source>sheet &quot;%1&quot;, header on row %2</source>
        <translation>sheet &quot;%1&quot;, header on row %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="11"/>
        <source>sheet &quot;%1&quot; skipped: not the product list</source>
        <translation>sheet &quot;%1&quot; skipped: not the product list</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="12"/>
        <source>columns not used: %1</source>
        <translation>columns not used: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="13"/>
        <source>%1: skipped: %2</source>
        <translation>%1: skipped: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="14"/>
        <source>%1: imported (%2): %3</source>
        <translation>%1: imported (%2): %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="15"/>
        <source>%1: warning: %2</source>
        <translation>%1: warning: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="16"/>
        <source>the header repeated</source>
        <translation>the header repeated</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="17"/>
        <source>a totals row, not a product</source>
        <translation>a totals row, not a product</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="18"/>
        <source>hidden in the sheet (a filter or hidden rows); not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="19"/>
        <source>the stock of some specs is not known: the item&apos;s stock is left empty, not their sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="20"/>
        <source>%1 is a formula with no saved result: open and save the file in Excel/WPS, then import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="22"/>
        <source>%1 cells of sheet &quot;%2&quot; are formulas with no saved result: open and save the file in Excel/WPS, then import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="24"/>
        <source>a %1 segment, not a product</source>
        <translation>a %1 segment, not a product</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="25"/>
        <source>a note, not a product (under the table)</source>
        <translation>a note, not a product (under the table)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="26"/>
        <source>a note, not a product</source>
        <translation>a note, not a product</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="27"/>
        <source>no product title</source>
        <translation>no product title</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="28"/>
        <source>no product in this slot (%1)</source>
        <translation>no product in this slot (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="29"/>
        <source>返场, revisit of row %1</source>
        <translation>返场, revisit of row %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="30"/>
        <source>返场</source>
        <translation>返场</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="31"/>
        <source>pulled (已撤品): kept on the sheet, not to be sold; %1</source>
        <translation>pulled (已撤品): kept on the sheet, not to be sold; %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="32"/>
        <source>pulled (已撤品): kept on the sheet, not to be sold</source>
        <translation>pulled (已撤品): kept on the sheet, not to be sold</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="33"/>
        <source>another spec of row %1, folded into it</source>
        <translation>another spec of row %1, folded into it</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="34"/>
        <source>price &quot;%1&quot; left empty</source>
        <translation>price &quot;%1&quot; left empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="35"/>
        <source>stock &quot;%1&quot;: 0</source>
        <translation>stock &quot;%1&quot;: 0</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="36"/>
        <source>stock &quot;%1&quot; is not a number; left empty</source>
        <translation>stock &quot;%1&quot; is not a number; left empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="37"/>
        <source>stock &quot;%1&quot; is per spec; %2 (the sum) used</source>
        <translation>stock &quot;%1&quot; is per spec; %2 (the sum) used</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="38"/>
        <source>cart number &quot;%1&quot; is not a number like 3 or 8/9</source>
        <translation>cart number &quot;%1&quot; is not a number like 3 or 8/9</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="39"/>
        <source>product ID &apos;%1&apos; looks rounded by a spreadsheet; copy it again from the platform console</source>
        <translation>product ID &apos;%1&apos; looks rounded by a spreadsheet; copy it again from the platform console</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="40"/>
        <source>product ID &quot;%1&quot; is not a number; left empty</source>
        <translation>product ID &quot;%1&quot; is not a number; left empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="41"/>
        <source>返场 of &quot;%1&quot;, which is not earlier on this sheet</source>
        <translation>返场 of &quot;%1&quot;, which is not earlier on this sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="42"/>
        <source>list price &quot;%1&quot;: %2 used (the lowest)</source>
        <translation>list price &quot;%1&quot;: %2 used (the lowest)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="43"/>
        <source>live price &quot;%1&quot;: %2 used (the lowest)</source>
        <translation>live price &quot;%1&quot;: %2 used (the lowest)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="44"/>
        <source>the live price is above the list price</source>
        <translation>the live price is above the list price</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="45"/>
        <source>minutes &quot;%1&quot; is not a duration; %2 kept</source>
        <translation>minutes &quot;%1&quot; is not a duration; %2 kept</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="47"/>
        <source>product ID %1 taken from the product link</source>
        <translation>product ID %1 taken from the product link</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="48"/>
        <source>commission &quot;%1&quot; is not a rate</source>
        <translation>commission &quot;%1&quot; is not a rate</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="49"/>
        <source>%1 is longer than %2 characters; cut</source>
        <translation>%1 is longer than %2 characters; cut</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="50"/>
        <source>cue &quot;%1&quot; is not &quot;M:SS text&quot;</source>
        <translation>cue &quot;%1&quot; is not &quot;M:SS text&quot;</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="52"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="53"/>
        <source>price &quot;%1&quot; is not a number</source>
        <translation>price &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="54"/>
        <source>price &quot;%1&quot; must be zero or more</source>
        <translation>price &quot;%1&quot; must be zero or more</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="55"/>
        <source>price &quot;%1&quot; is above %2 yuan</source>
        <translation>price &quot;%1&quot; is above %2 yuan</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="56"/>
        <source>stock &quot;%1&quot; is not a whole number below %2</source>
        <translation>stock &quot;%1&quot; is not a whole number below %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="57"/>
        <source>stock &quot;%1&quot; is not a whole number of zero or more</source>
        <translation>stock &quot;%1&quot; is not a whole number of zero or more</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="58"/>
        <source>stock &quot;%1&quot; is not a whole number</source>
        <translation>stock &quot;%1&quot; is not a whole number</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="59"/>
        <source>no header row with a product title column (商品标题 / 商品名称 / 品名 / name) in the first rows; the likeliest header reads %1 (the app maps such columns by hand)</source>
        <translation>no header row with a product title column (商品标题 / 商品名称 / 品名 / name) in the first rows; the likeliest header reads %1 (the app maps such columns by hand)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="61"/>
        <source>no header row with a product title column (商品标题 / 商品名称 / 品名 / name) in the first rows</source>
        <translation>no header row with a product title column (商品标题 / 商品名称 / 品名 / name) in the first rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="63"/>
        <source>no products under the header</source>
        <translation>no products under the header</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="64"/>
        <source>sheet &quot;%1&quot;: %2</source>
        <translation>sheet &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="65"/>
        <source>file is empty</source>
        <translation>file is empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="79"/>
        <source>product ID %1 taken from row %2 (the same product)</source>
        <translation>product ID %1 taken from row %2 (the same product)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="80"/>
        <source>%1 &quot;%2&quot;: no row with cart number %3 above; left empty</source>
        <translation>%1 &quot;%2&quot;: no row with cart number %3 above; left empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="81"/>
        <source>%1 &quot;%2&quot;: taken from row %3</source>
        <translation>%1 &quot;%2&quot;: taken from row %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="82"/>
        <source>%1 &quot;%2&quot;: taken from the row above</source>
        <translation>%1 &quot;%2&quot;: taken from the row above</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="83"/>
        <source>stock &quot;%1&quot;: unlimited; left empty</source>
        <translation>stock &quot;%1&quot;: unlimited; left empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="84"/>
        <source>stock &quot;%1&quot;: %2 used (a guess)</source>
        <translation>stock &quot;%1&quot;: %2 used (a guess)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="85"/>
        <source>stock &quot;%1&quot; read as %2 (spaces between its thousands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="86"/>
        <source>live price &quot;%1&quot; read as %2 (spaces between its thousands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="87"/>
        <source>list price &quot;%1&quot; read as %2 (spaces between its thousands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="88"/>
        <source>price &quot;%1&quot; read as %2 (spaces between its thousands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="89"/>
        <source>sheet &quot;%1&quot;: SKU detail, %2 products in %3 SKU rows, %4 joined to the product list</source>
        <translation>sheet &quot;%1&quot;: SKU detail, %2 products in %3 SKU rows, %4 joined to the product list</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="90"/>
        <source>sheet &quot;%1&quot;: %2 known columns, header on row %3, scored %4 against %5; not the product list (use --sheet to choose it)</source>
        <translation>sheet &quot;%1&quot;: %2 known columns, header on row %3, scored %4 against %5; not the product list (use --sheet to choose it)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="92"/>
        <source>sheet &quot;%1&quot;: the marketing plan, %2 timed cues (福袋 / 发券 / 秒杀)</source>
        <translation>sheet &quot;%1&quot;: the marketing plan, %2 timed cues (福袋 / 发券 / 秒杀)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="93"/>
        <source>sheet &quot;%1&quot;: the phrase list, %2 host-message presets</source>
        <translation>sheet &quot;%1&quot;: the phrase list, %2 host-message presets</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="94"/>
        <source>plan row %1 (%2) is a cue of %3 at %4</source>
        <translation>plan row %1 (%2) is a cue of %3 at %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="95"/>
        <source>sheet &quot;%1&quot;: %2 known columns, %3 product rows (chosen)</source>
        <translation>sheet &quot;%1&quot;: %2 known columns, %3 product rows (chosen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="96"/>
        <source>no price column found: every price is 0.00; map the price column or fix the header</source>
        <translation>no price column found: every price is 0.00; map the price column or fix the header</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="97"/>
        <source>no stock column found: the stock of every product is left empty (not known)</source>
        <translation>no stock column found: the stock of every product is left empty (not known)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="98"/>
        <source>sheet &quot;%1&quot;: no header found; not read</source>
        <translation>sheet &quot;%1&quot;: no header found; not read</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="99"/>
        <source>sheets read: %1</source>
        <translation>sheets read: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="100"/>
        <source>no sheet &quot;%1&quot; (the sheets: %2)</source>
        <translation>no sheet &quot;%1&quot; (the sheets: %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="101"/>
        <source>unknown file type &quot;%1&quot; (use .csv, .xlsx, .xls, .xlsb or .ods)</source>
        <translation>unknown file type &quot;%1&quot; (use .csv, .xlsx, .xls, .xlsb or .ods)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="102"/>
        <source>not a readable workbook (%1)</source>
        <translation>not a readable workbook (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="103"/>
        <source>sheet &quot;%1&quot; declares %2 rows and %3 columns; refused</source>
        <translation>sheet &quot;%1&quot; declares %2 rows and %3 columns; refused</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="104"/>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="105"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="106"/>
        <source>a template row (Mandatory / Optional), not a product</source>
        <translation>a template row (Mandatory / Optional), not a product</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="107"/>
        <source>this looks like a post-show console export (%1 …), not a run-sheet: for sales figures use the Sales tab&apos;s console import</source>
        <translation>this looks like a post-show console export (%1 …), not a run-sheet: for sales figures use the Sales tab&apos;s console import</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="109"/>
        <source>a description row under the header, not a product</source>
        <translation>a description row under the header, not a product</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="110"/>
        <source>link &quot;%1&quot; has no address (a hyperlink this file format does not keep?); left empty</source>
        <translation>link &quot;%1&quot; has no address (a hyperlink this file format does not keep?); left empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="111"/>
        <source>price &quot;%1&quot; is a promotion, not a price</source>
        <translation>price &quot;%1&quot; is a promotion, not a price</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="112"/>
        <source>cue &quot;%1&quot; is more than %2 hours into the product; left out</source>
        <translation>cue &quot;%1&quot; is more than %2 hours into the product; left out</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="113"/>
        <source>cue &quot;%1…&quot; is longer than %2 characters; cut</source>
        <translation>cue &quot;%1…&quot; is longer than %2 characters; cut</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="114"/>
        <source>an Excel 2003 XML file named .xls: open it in Excel or WPS and save it as .xlsx</source>
        <translation>an Excel 2003 XML file named .xls: open it in Excel or WPS and save it as .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="115"/>
        <source>sheet &quot;%1&quot; is hidden in the workbook; read because no visible sheet has products</source>
        <translation>sheet &quot;%1&quot; is hidden in the workbook; read because no visible sheet has products</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="116"/>
        <source>sheet &quot;%1&quot; is hidden in the workbook; not read (use --sheet to choose it)</source>
        <translation>sheet &quot;%1&quot; is hidden in the workbook; not read (use --sheet to choose it)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="117"/>
        <source>a web page (HTML) named .xls with no table in it: open it in Excel or WPS and save it as .xlsx</source>
        <translation>a web page (HTML) named .xls with no table in it: open it in Excel or WPS and save it as .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="119"/>
        <source>status &quot;%1&quot; is not a status the import knows; kept on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="120"/>
        <source>price &quot;%1&quot; is not set yet; type the price the host says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="121"/>
        <source>this spec costs %1, the one on row %2 %3: the lowest is the live price; each spec&apos;s price is in the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="123"/>
        <source>minutes &quot;%1&quot; read as %2 minutes (minutes:seconds, not hours:minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="66"/>
        <source>file is neither UTF-8 nor GB18030 text</source>
        <translation>file is neither UTF-8 nor GB18030 text</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="46"/>
        <source>minutes &quot;%1&quot; must be between %2 and %3; %4 kept</source>
        <translation>minutes &quot;%1&quot; must be between %2 and %3; %4 kept</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="67"/>
        <source>more than %1 rows</source>
        <translation>more than %1 rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="68"/>
        <source>not a readable XLSX workbook (%1)</source>
        <translation>not a readable XLSX workbook (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="69"/>
        <source>sheet &quot;%1&quot; has more than %2 rows</source>
        <translation>sheet &quot;%1&quot; has more than %2 rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="70"/>
        <source>cannot read the file (%1)</source>
        <translation>cannot read the file (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="71"/>
        <source>the file is %1 MB; sheets up to %2 MB are imported</source>
        <translation>the file is %1 MB; sheets up to %2 MB are imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="72"/>
        <source>the workbook unpacks to %1 MB in %2 parts; up to %3 MB are imported</source>
        <translation>the workbook unpacks to %1 MB in %2 parts; up to %3 MB are imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="73"/>
        <source>sheet %1 has more than %2 rows; split it</source>
        <translation>sheet %1 has more than %2 rows; split it</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="74"/>
        <source>the file has more than %1 rows; split it</source>
        <translation>the file has more than %1 rows; split it</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="75"/>
        <source>no product ID column (商品ID) in the console export</source>
        <translation>no product ID column (商品ID) in the console export</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="76"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="77"/>
        <source>%1 (and %2 more sheets without product IDs)</source>
        <translation>%1 (and %2 more sheets without product IDs)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="124"/>
        <source>price &quot;%1&quot; could be one number with spaces between its thousands or several numbers: type it without the spaces, or with &quot; / &quot; between the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="126"/>
        <source>stock &quot;%1&quot; could be one number with spaces between its thousands or several numbers: type it without the spaces, or with &quot; / &quot; between the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="128"/>
        <source>no row has a price (columns read: %1): every price is 0.00; map the price column or fix the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="130"/>
        <source>run order &quot;%1&quot; is not a number: placed after run order %2 (the highest above it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="131"/>
        <source>run order &quot;%1&quot; is not a number: placed first (no number above it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../../app/ui/window_widgets.py" line="32"/>
        <source>Import refused</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_widgets.py" line="34"/>
        <source>Nothing was imported from %1. Fix these rows and import again:</source>
        <translation>Nothing was imported from %1. Fix these rows and import again:</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="159"/>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="160"/>
        <source>%1 products imported, %2 rows skipped, %3 warnings.</source>
        <translation>%1 products imported, %2 rows skipped, %3 warnings.</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="176"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="178"/>
        <source>Import this instead</source>
        <translation>Import this instead</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="180"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="182"/>
        <source>Header row</source>
        <translation>Header row</translation>
    </message>
</context>
<context>
    <name>LotteryDesk</name>
    <message>
        <location filename="../../app/studio/lottery.py" line="49"/>
        <source>another lottery is open; draw, cancel or close it first</source>
        <translation>another lottery is open; draw, cancel or close it first</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="52"/>
        <source>the lottery needs a prize</source>
        <translation>the lottery needs a prize</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="57"/>
        <source>match is exact or contains</source>
        <translation>match is exact or contains</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="81"/>
        <source>Lottery open: type %1 to enter</source>
        <translation>Lottery open: type %1 to enter</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="81"/>
        <source>Lottery open</source>
        <translation>Lottery open</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="98"/>
        <source>no lottery in a state for that</source>
        <translation>no lottery in a state for that</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="104"/>
        <source>the entrants are still being read back; try again in a moment</source>
        <translation>the entrants are still being read back; try again in a moment</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="140"/>
        <source>the lottery&apos;s seed is missing</source>
        <translation>the lottery&apos;s seed is missing</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="146"/>
        <location filename="../../app/studio/lottery.py" line="150"/>
        <source>nobody has entered the lottery; cancel it instead</source>
        <translation>nobody has entered the lottery; cancel it instead</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="154"/>
        <source>the entrant list changed after it was frozen</source>
        <translation>the entrant list changed after it was frozen</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="159"/>
        <source>Congratulations %1, you won %2</source>
        <translation>Congratulations %1, you won %2</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="167"/>
        <source>a re-draw needs a reason</source>
        <translation>a re-draw needs a reason</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="170"/>
        <source>that viewer is not a winner</source>
        <translation>that viewer is not a winner</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="181"/>
        <source>New winner: %1</source>
        <translation>New winner: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/window_base.py" line="25"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_base.py" line="25"/>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_base.py" line="26"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>Run-sheet</source>
        <translation>Run-sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>On air</source>
        <translation>On air</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>Shows</source>
        <translation>Shows</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>New show…</source>
        <translation>New show…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="128"/>
        <source>Nothing to put on air yet</source>
        <translation>Nothing to put on air yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129"/>
        <source>Add products to the run-sheet (or import a product sheet), then start the show with F5.</source>
        <translation>Add products to the run-sheet (or import a product sheet), then start the show with F5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130"/>
        <source>Go to the run-sheet</source>
        <translation>Go to the run-sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131"/>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>Import a product sheet…</source>
        <translation>Import a product sheet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>The review is on the studio&apos;s own desk</source>
        <translation>The review is on the studio&apos;s own desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>The 复盘 reads every comment and order in the studio&apos;s database: open it on the studio&apos;s PC.</source>
        <translation>The 复盘 reads every comment and order in the studio&apos;s database: open it on the studio&apos;s PC.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>Welcome to LiveDeck</source>
        <translation>Welcome to LiveDeck</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>Prepare a live-commerce show: its products in running order, the host&apos;s screen, the comments, flash sales, coupons and lotteries.</source>
        <translation>Prepare a live-commerce show: its products in running order, the host&apos;s screen, the comments, flash sales, coupons and lotteries.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>Open the demo show</source>
        <translation>Open the demo show</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>Import refused: %n bad rows</source>
        <translation>
            <numerusform>Import refused: %n bad row</numerusform>
            <numerusform>Import refused: %n bad rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="210"/>
        <source>Imported %n products</source>
        <translation>
            <numerusform>Imported %n product</numerusform>
            <numerusform>Imported %n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../app/ui/window_widgets.py" line="61"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>OnAir</name>
    <message>
        <location filename="../../app/studio/onair.py" line="39"/>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="47"/>
        <source>every item has been on air; end the show instead</source>
        <translation>every item has been on air; end the show instead</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="56"/>
        <source>this is the first item</source>
        <translation>this is the first item</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="65"/>
        <source>item %1 is not on the run-sheet</source>
        <translation>item %1 is not on the run-sheet</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="69"/>
        <source>index %1 is outside the run-sheet</source>
        <translation>index %1 is outside the run-sheet</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="71"/>
        <source>that item is on air now</source>
        <translation>that item is on air now</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="77"/>
        <source>the timer is already paused</source>
        <translation>the timer is already paused</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="84"/>
        <source>the timer is not paused</source>
        <translation>the timer is not paused</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="92"/>
        <source>seconds must be non-zero and at most an hour either way</source>
        <translation>seconds must be non-zero and at most an hour either way</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="102"/>
        <source>comment %1 not found</source>
        <translation>comment %1 not found</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="121"/>
        <source>nothing is pinned</source>
        <translation>nothing is pinned</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="143"/>
        <source>One minute left</source>
        <translation>One minute left</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="146"/>
        <source>Overtime</source>
        <translation>Overtime</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="148"/>
        <source>, next: %1</source>
        <translation>, next: %1</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="107"/>
        <source>Start show</source>
        <translation>Start show</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="108"/>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="109"/>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="110"/>
        <source>Pause / resume</source>
        <translation>Pause / resume</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="111"/>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="112"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="113"/>
        <location filename="../../app/ui/operator_panel.py" line="212"/>
        <source>End show</source>
        <translation>End show</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="148"/>
        <source>Double-click or Enter: go to this item</source>
        <translation>Double-click or Enter: go to this item</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="165"/>
        <source>Message to the host, or pick a stock line</source>
        <translation>Message to the host, or pick a stock line</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="169"/>
        <source>flash</source>
        <translation>flash</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="171"/>
        <source>Flash the message to catch the host&apos;s eye</source>
        <translation>Flash the message to catch the host&apos;s eye</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="172"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="174"/>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="175"/>
        <source>Remove the pinned comment from the host view</source>
        <translation>Remove the pinned comment from the host view</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="177"/>
        <source>Clear host screen</source>
        <translation>Clear host screen</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="178"/>
        <source>Remove the message and the pinned comment from the host view</source>
        <translation>Remove the message and the pinned comment from the host view</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="180"/>
        <source>Host screen</source>
        <translation>Host screen</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="69"/>
        <source>Run order (double-click or Enter to go to an item)</source>
        <translation>Run order (double-click or Enter to go to an item)</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="210"/>
        <source>The show is not live</source>
        <translation>The show is not live</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="213"/>
        <source>End the show now? The clocks stop and this cannot be undone.</source>
        <translation>End the show now? The clocks stop and this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="223"/>
        <source>Sent to the host: %1</source>
        <translation>Sent to the host: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="268"/>
        <source>On screen: %1</source>
        <translation>On screen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="274"/>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="275"/>
        <source>No show open</source>
        <translation>No show open</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="276"/>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="284"/>
        <source>Show clock %1 · over/under %2</source>
        <translation>Show clock %1 · over/under %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="289"/>
        <source>Planned start %1 · in %2</source>
        <translation>Planned start %1 · in %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="293"/>
        <source>No planned start set</source>
        <translation>No planned start set</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="294"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="295"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/run_order.py" line="34"/>
        <source>(%1 min)</source>
        <translation>(%1 min)</translation>
    </message>
    <message>
        <location filename="../../app/ui/run_order.py" line="35"/>
        <source>Link %1</source>
        <translation>Link %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/run_order.py" line="36"/>
        <source>↺ encore ×%1</source>
        <translation>↺ encore ×%1</translation>
    </message>
</context>
<context>
    <name>OverlayUrlsDialog</name>
    <message>
        <location filename="../../app/ui/settings.py" line="302"/>
        <source>Overlays for OBS</source>
        <translation>Overlays for OBS</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="309"/>
        <source>Add each page to OBS as a Browser source, 1920×1080. The background is transparent. Put your own styles in overlay.css in the data folder, or add ?css=URL to an address.</source>
        <translation>Add each page to OBS as a Browser source, 1920×1080. The background is transparent. Put your own styles in overlay.css in the data folder, or add ?css=URL to an address.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="323"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>PhraseDesk</name>
    <message>
        <location filename="../../app/studio/phrases.py" line="191"/>
        <location filename="../../app/studio/phrases.py" line="205"/>
        <location filename="../../app/studio/phrases.py" line="226"/>
        <location filename="../../app/studio/phrases.py" line="250"/>
        <source>no such phrase</source>
        <translation>no such phrase</translation>
    </message>
    <message>
        <location filename="../../app/studio/phrases.py" line="241"/>
        <source>no such item</source>
        <translation>no such item</translation>
    </message>
</context>
<context>
    <name>PhrasesPanel</name>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="66"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="72"/>
        <source>The script group this item uses (Enter switches it)</source>
        <translation>The script group this item uses (Enter switches it)</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="86"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="87"/>
        <source>Put the selected line before the one above it (Alt+Up)</source>
        <translation>Put the selected line before the one above it (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="89"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="90"/>
        <source>Put the selected line after the one below it (Alt+Down)</source>
        <translation>Put the selected line after the one below it (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="97"/>
        <source>To host</source>
        <translation>To host</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="97"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="98"/>
        <source>Paste many…</source>
        <translation>Paste many…</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="98"/>
        <source>From a sheet…</source>
        <translation>From a sheet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="104"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="196"/>
        <source>Move a script line</source>
        <translation>Move a script line</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="208"/>
        <source>Switch script group</source>
        <translation>Switch script group</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="228"/>
        <source>The line (variables: %1)</source>
        <translation>The line (variables: %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="229"/>
        <source>Add a line</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="232"/>
        <source>Add a script line</source>
        <translation>Add a script line</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="235"/>
        <source>Paste many lines</source>
        <translation>Paste many lines</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="236"/>
        <source>One line each; 【逼单】 in front sets the kind</source>
        <translation>One line each; 【逼单】 in front sets the kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="238"/>
        <source>Paste script lines</source>
        <translation>Paste script lines</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="243"/>
        <location filename="../../app/ui/phrases_panel.py" line="263"/>
        <source>Script lines from a sheet</source>
        <translation>Script lines from a sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="244"/>
        <source>Sheets (*.xlsx *.xls *.csv *.ods)</source>
        <translation>Sheets (*.xlsx *.xls *.csv *.ods)</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="260"/>
        <source>No 话术 (script) column in that file</source>
        <translation>No 话术 (script) column in that file</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="265"/>
        <source>%1 lines added</source>
        <translation>%1 lines added</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="270"/>
        <source>Remove a script line</source>
        <translation>Remove a script line</translation>
    </message>
</context>
<context>
    <name>PollPanel</name>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="60"/>
        <source>e.g. Which colour should we show next?</source>
        <translation>e.g. Which colour should we show next?</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="64"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="65"/>
        <source>Also counts (keywords, comma-separated)</source>
        <translation>Also counts (keywords, comma-separated)</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="68"/>
        <source>(unused)</source>
        <translation>(unused)</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="69"/>
        <source>votes: %1, 扣%1, %2</source>
        <translation>votes: %1, 扣%1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="79"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="80"/>
        <source>until closed</source>
        <translation>until closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="81"/>
        <source>Open poll</source>
        <translation>Open poll</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="83"/>
        <source>Close and show result</source>
        <translation>Close and show result</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="85"/>
        <location filename="../../app/ui/poll_panel.py" line="153"/>
        <source>Cancel poll</source>
        <translation>Cancel poll</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="86"/>
        <source>Discard the poll without a result</source>
        <translation>Discard the poll without a result</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="90"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="92"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="93"/>
        <source>New poll (投票)</source>
        <translation>New poll (投票)</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="117"/>
        <source>Live tally</source>
        <translation>Live tally</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="154"/>
        <source>Discard this poll? Its votes are not kept.</source>
        <translation>Discard this poll? Its votes are not kept.</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="168"/>
        <source>No poll running</source>
        <translation>No poll running</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="186"/>
        <source>%1 voted · %2</source>
        <translation>%1 voted · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="187"/>
        <source>open until closed</source>
        <translation>open until closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="188"/>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="190"/>
        <source>Closed · %1 voted</source>
        <translation>Closed · %1 voted</translation>
    </message>
</context>
<context>
    <name>Polls</name>
    <message>
        <location filename="../../app/studio/polls.py" line="28"/>
        <source>the poll needs a question</source>
        <translation>the poll needs a question</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="29"/>
        <source>a poll has 2 to 6 options</source>
        <translation>a poll has 2 to 6 options</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="30"/>
        <source>an option is empty</source>
        <translation>an option is empty</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="31"/>
        <source>two options are the same</source>
        <translation>two options are the same</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="32"/>
        <source>the duration is 0 (until closed) to 3600 seconds</source>
        <translation>the duration is 0 (until closed) to 3600 seconds</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="33"/>
        <source>there are more keyword lists than options</source>
        <translation>there are more keyword lists than options</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="34"/>
        <source>a keyword belongs to two options</source>
        <translation>a keyword belongs to two options</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="35"/>
        <source>the question is longer than 200 characters</source>
        <translation>the question is longer than 200 characters</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="36"/>
        <source>an option is longer than 60 characters</source>
        <translation>an option is longer than 60 characters</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="96"/>
        <source>the show is not live</source>
        <translation>the show is not live</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="98"/>
        <source>another poll is open; close or cancel it first</source>
        <translation>another poll is open; close or cancel it first</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="102"/>
        <source>options must be a list of 2 to 6 texts</source>
        <translation>options must be a list of 2 to 6 texts</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="107"/>
        <source>keywords must be a list of lists of texts, one per option</source>
        <translation>keywords must be a list of lists of texts, one per option</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="126"/>
        <source>Poll: %1</source>
        <translation>Poll: %1</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="143"/>
        <source>The open lottery takes any comment: every vote also enters it.</source>
        <translation>The open lottery takes any comment: every vote also enters it.</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="145"/>
        <source>Votes for %1 also enter the lottery (keyword “%2”).</source>
        <translation>Votes for %1 also enter the lottery (keyword “%2”).</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="149"/>
        <source>no poll is open</source>
        <translation>no poll is open</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="157"/>
        <source>the votes are still being counted again; try again in a moment</source>
        <translation>the votes are still being counted again; try again in a moment</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="167"/>
        <source>Poll closed: %1 wins with %2 votes</source>
        <translation>Poll closed: %1 wins with %2 votes</translation>
    </message>
</context>
<context>
    <name>ProblemRowsDialog</name>
    <message>
        <location filename="../../app/ui/import_problems.py" line="32"/>
        <source>Rows to fix in %1</source>
        <translation>Rows to fix in %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_problems.py" line="34"/>
        <source>%1 products can be imported; %2 rows have a cell that cannot be read. Retype the value, or skip those rows.</source>
        <translation>%1 products can be imported; %2 rows have a cell that cannot be read. Retype the value, or skip those rows.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_problems.py" line="39"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_problems.py" line="39"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_problems.py" line="39"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_problems.py" line="57"/>
        <source>Import with these values</source>
        <translation>Import with these values</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_problems.py" line="59"/>
        <source>Skip these rows</source>
        <translation>Skip these rows</translation>
    </message>
</context>
<context>
    <name>ProductDesk</name>
    <message>
        <location filename="../../app/studio/products.py" line="102"/>
        <source>a product cannot be merged into itself</source>
        <translation>a product cannot be merged into itself</translation>
    </message>
    <message>
        <location filename="../../app/studio/products.py" line="113"/>
        <source>this product is not merged into another</source>
        <translation>this product is not merged into another</translation>
    </message>
    <message>
        <location filename="../../app/studio/products.py" line="127"/>
        <source>that product is not in the library (refresh it)</source>
        <translation>that product is not in the library (refresh it)</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <location filename="../../app/ui/products_tab.py" line="52"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="52"/>
        <source>Rank figure</source>
        <translation>Rank figure</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="52"/>
        <source>Shows</source>
        <translation>Shows</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="52"/>
        <source>Minutes on air</source>
        <translation>Minutes on air</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="53"/>
        <source>Revisits</source>
        <translation>Revisits</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="53"/>
        <source>Comments/min</source>
        <translation>Comments/min</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="53"/>
        <source>Questions/min</source>
        <translation>Questions/min</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="53"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="54"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="54"/>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="54"/>
        <source>GMV/min</source>
        <translation>GMV/min</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="54"/>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="55"/>
        <source>Sell-out (s)</source>
        <translation>Sell-out (s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="55"/>
        <source>Last price</source>
        <translation>Last price</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="55"/>
        <source>Learned min</source>
        <translation>Learned min</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="55"/>
        <source>Last show</source>
        <translation>Last show</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="91"/>
        <source>merged: %1</source>
        <translation>merged: %1</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location filename="../../app/ui/products_tab.py" line="101"/>
        <source>Merge %1</source>
        <translation>Merge %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="126"/>
        <source>Filter by name…</source>
        <translation>Filter by name…</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="129"/>
        <source>GMV per minute</source>
        <translation>GMV per minute</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="130"/>
        <source>Recent trend</source>
        <translation>Recent trend</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="134"/>
        <source>Add to the show (Ctrl+Enter)</source>
        <translation>Add to the show (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="136"/>
        <source>Merge into…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="138"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="142"/>
        <source>Rank by</source>
        <translation>Rank by</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="161"/>
        <source>The library could not be read: %1</source>
        <translation>The library could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="192"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="192"/>
        <source>Minutes on air</source>
        <translation>Minutes on air</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="192"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="193"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="193"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="193"/>
        <source>GMV/min</source>
        <translation>GMV/min</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="194"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="213"/>
        <source>GMV per minute on air over all its shows; products never on air come last.</source>
        <translation>GMV per minute on air over all its shows; products never on air come last.</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="215"/>
        <source>GMV per minute in its latest show divided by its earlier shows&apos; (above 1: rising); products with one show come last.</source>
        <translation>GMV per minute in its latest show divided by its earlier shows&apos; (above 1: rising); products with one show come last.</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="217"/>
        <source>Rank rule: %1</source>
        <translation>Rank rule: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="220"/>
        <source>%1 products from every show</source>
        <translation>%1 products from every show</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="232"/>
        <source>Added %1 products to the run-sheet</source>
        <translation>Added %1 products to the run-sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="237"/>
        <source>Select one product to merge into another</source>
        <translation>Select one product to merge into another</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="241"/>
        <source>Merge into</source>
        <translation>Merge into</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="241"/>
        <source>Merge %1 into:</source>
        <translation>Merge %1 into:</translation>
    </message>
</context>
<context>
    <name>QuestionModel</name>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="54"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="54"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="54"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="54"/>
        <source>Last asked</source>
        <translation>Last asked</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="74"/>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="76"/>
        <source>First asked by %1; %2 viewers asked</source>
        <translation>First asked by %1; %2 viewers asked</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="82"/>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="82"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <location filename="../../app/studio/questions.py" line="120"/>
        <source>no show is open</source>
        <translation>no show is open</translation>
    </message>
    <message>
        <location filename="../../app/studio/questions.py" line="122"/>
        <source>the questions are still being read back; try again in a moment</source>
        <translation>the questions are still being read back; try again in a moment</translation>
    </message>
    <message>
        <location filename="../../app/studio/questions.py" line="126"/>
        <source>comment_id must be a number</source>
        <translation>comment_id must be a number</translation>
    </message>
    <message>
        <location filename="../../app/studio/questions.py" line="129"/>
        <source>that comment is not in the question queue</source>
        <translation>that comment is not in the question queue</translation>
    </message>
    <message>
        <location filename="../../app/studio/questions.py" line="165"/>
        <source>status is open, answered, skipped or null</source>
        <translation>status is open, answered, skipped or null</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="105"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="105"/>
        <location filename="../../app/ui/questions_panel.py" line="119"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="106"/>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="106"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="110"/>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="111"/>
        <source>Most asked first</source>
        <translation>Most asked first</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="112"/>
        <source>Order of the questions: the newest, or what most viewers asked</source>
        <translation>Order of the questions: the newest, or what most viewers asked</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="115"/>
        <source>Answer now (host view)</source>
        <translation>Answer now (host view)</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="117"/>
        <source>Show the question on the host view (Ctrl+Shift+Q)</source>
        <translation>Show the question on the host view (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="121"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="156"/>
        <source>Select a question first</source>
        <translation>Select a question first</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="182"/>
        <source>%1 open · %2 answered · %3 skipped</source>
        <translation>%1 open · %2 answered · %3 skipped</translation>
    </message>
</context>
<context>
    <name>RelayDialog</name>
    <message>
        <location filename="../../app/ui/settings.py" line="55"/>
        <source>Comment relays</source>
        <translation>Comment relays</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="57"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="57"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="57"/>
        <source>Twitch channel</source>
        <translation>Twitch channel</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="64"/>
        <source>Add relay</source>
        <translation>Add relay</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="66"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="79"/>
        <source>LiveDeck connects to these relays and reconnects by itself if one drops. Relays can also push to %1.</source>
        <translation>LiveDeck connects to these relays and reconnects by itself if one drops. Relays can also push to %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="94"/>
        <source>Relays that connect to LiveDeck: set their address to</source>
        <translation>Relays that connect to LiveDeck: set their address to</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="95"/>
        <source>• skmcj/dycast (Douyin): relay address %1</source>
        <translation>• skmcj/dycast (Douyin): relay address %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="96"/>
        <source>• OrdinaryRoad live-chat-client ForwardMsgPlugin (Kuaishou): %1</source>
        <translation>• OrdinaryRoad live-chat-client ForwardMsgPlugin (Kuaishou): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="97"/>
        <source>• fire4nt/wxlivespy (WeChat Channels): forward URL %1</source>
        <translation>• fire4nt/wxlivespy (WeChat Channels): forward URL %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="98"/>
        <source>• 洛曦 page userscript (PDD, Taobao, Xiaohongshu, Kuaishou, Channels, Buyin): wsUrl %1</source>
        <translation>• 洛曦 page userscript (PDD, Taobao, Xiaohongshu, Kuaishou, Channels, Buyin): wsUrl %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="100"/>
        <source>• Any relay sending LiveDeck&apos;s own JSON: %1 (websocket or HTTP POST)</source>
        <translation>• Any relay sending LiveDeck&apos;s own JSON: %1 (websocket or HTTP POST)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="101"/>
        <source>LiveDeck connects out to the others in the table above: barragegrab, douyinlive, tiktok (TikTok-Live-Connector relays), socialstream (Social Stream Ninja), twitch, oba and oba-kuaishou (oba-live-tool).</source>
        <translation>LiveDeck connects out to the others in the table above: barragegrab, douyinlive, tiktok (TikTok-Live-Connector relays), socialstream (Social Stream Ninja), twitch, oba and oba-kuaishou (oba-live-tool).</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="136"/>
        <source>Each relay needs a ws:// or wss:// URL, and Twitch a channel.</source>
        <translation>Each relay needs a ws:// or wss:// URL, and Twitch a channel.</translation>
    </message>
</context>
<context>
    <name>RemoteAccessDialog</name>
    <message>
        <location filename="../../app/ui/settings.py" line="186"/>
        <source>Remote access</source>
        <translation>Remote access</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="189"/>
        <location filename="../../app/ui/settings.py" line="247"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="191"/>
        <source>New token</source>
        <translation>New token</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="205"/>
        <source>Control token: in LAN mode every /control client and every other computer that sends comments adds ?token=… to its URL (or sends Authorization: Bearer …). Pages that only read take the view token below.</source>
        <translation>Control token: in LAN mode every /control client and every other computer that sends comments adds ?token=… to its URL (or sends Authorization: Bearer …). Pages that only read take the view token below.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="212"/>
        <source>Web pages allowed to connect besides the studio&apos;s own overlays, one origin a line (scheme://host:port). Any other web page is refused.</source>
        <translation>Web pages allowed to connect besides the studio&apos;s own overlays, one origin a line (scheme://host:port). Any other web page is refused.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="231"/>
        <source>Other screens</source>
        <translation>Other screens</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="233"/>
        <source>Scan with the tablet or phone at the camera. View links show the host view and the producer view and can run no command; the second desk needs the control token.</source>
        <translation>Scan with the tablet or phone at the camera. View links show the host view and the producer view and can run no command; the second desk needs the control token.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="236"/>
        <source>LAN mode is off: these links work on this computer only (start with --lan).</source>
        <translation>LAN mode is off: these links work on this computer only (start with --lan).</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="242"/>
        <source>Host view</source>
        <translation>Host view</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="242"/>
        <source>Producer view</source>
        <translation>Producer view</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="242"/>
        <source>Second desk</source>
        <translation>Second desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="262"/>
        <source>New view token</source>
        <translation>New view token</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="289"/>
        <source>Not an origin (scheme://host:port): %1</source>
        <translation>Not an origin (scheme://host:port): %1</translation>
    </message>
</context>
<context>
    <name>RemoteDesk</name>
    <message>
        <location filename="../../app/ui/remote_desk.py" line="56"/>
        <source>%1 · second desk</source>
        <translation>%1 · second desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_desk.py" line="33"/>
        <source>Connected to the studio</source>
        <translation>Connected to the studio</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_desk.py" line="35"/>
        <source>The studio refused this desk (%1): start it again with the studio&apos;s current token (livedeck token, on the studio&apos;s PC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_desk.py" line="39"/>
        <source>The studio refused the connection (%1): trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_desk.py" line="41"/>
        <source>Not connected to the studio: reconnecting…</source>
        <translation>Not connected to the studio: reconnecting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_desk.py" line="60"/>
        <source>%1 comments not shown here (too many at once)</source>
        <translation>%1 comments not shown here (too many at once)</translation>
    </message>
</context>
<context>
    <name>RemoteStudio</name>
    <message>
        <location filename="../../app/studio/remote.py" line="361"/>
        <source>the studio did not answer in time; is the network up?</source>
        <translation>the studio did not answer in time; is the network up?</translation>
    </message>
    <message>
        <location filename="../../app/studio/remote.py" line="161"/>
        <source>a second desk decides nothing itself</source>
        <translation>a second desk decides nothing itself</translation>
    </message>
    <message>
        <location filename="../../app/studio/remote.py" line="126"/>
        <source>the studio did not answer in time: it may still do it. Look at the desk before you send it again (is the network up?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/remote.py" line="140"/>
        <source>the connection to the studio dropped before it answered: this may have been done. Look at the desk once it is connected again before you send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/remote.py" line="142"/>
        <source>not connected to the studio: nothing was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/remote.py" line="343"/>
        <source>no such show on the studio</source>
        <translation>no such show on the studio</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../app/studio/review.py" line="94"/>
        <source>Summing comments, gifts and orders…</source>
        <translation>Summing comments, gifts and orders…</translation>
    </message>
    <message>
        <location filename="../../app/studio/review.py" line="96"/>
        <source>Working out the figures…</source>
        <translation>Working out the figures…</translation>
    </message>
    <message>
        <location filename="../../app/studio/review.py" line="102"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../app/studio/review.py" line="114"/>
        <source>Grouping questions…</source>
        <translation>Grouping questions…</translation>
    </message>
    <message>
        <location filename="../../app/studio/review.py" line="121"/>
        <source>Collecting the follow-up list…</source>
        <translation>Collecting the follow-up list…</translation>
    </message>
    <message>
        <location filename="../../app/studio/review.py" line="125"/>
        <source>Checking the lottery draws…</source>
        <translation>Checking the lottery draws…</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_pdf.py" line="43"/>
        <location filename="../../app/studio/review_xlsx.py" line="158"/>
        <source>Minutes since the start</source>
        <translation>Minutes since the start</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="205"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="208"/>
        <location filename="../../app/studio/review_xlsx.py" line="74"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="207"/>
        <source>Per item</source>
        <translation>Per item</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="39"/>
        <location filename="../../app/studio/review_texts.py" line="38"/>
        <location filename="../../app/studio/review_texts.py" line="137"/>
        <location filename="../../app/studio/review_xlsx.py" line="119"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="40"/>
        <location filename="../../app/studio/review_texts.py" line="42"/>
        <location filename="../../app/studio/review_texts.py" line="155"/>
        <location filename="../../app/studio/review_texts.py" line="187"/>
        <location filename="../../app/studio/review_xlsx.py" line="120"/>
        <source>App down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="43"/>
        <location filename="../../app/studio/review_texts.py" line="96"/>
        <location filename="../../app/studio/review_texts.py" line="149"/>
        <location filename="../../app/studio/review_xlsx.py" line="110"/>
        <source>Unpaid orders</source>
        <translation>Unpaid orders</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="44"/>
        <location filename="../../app/studio/review_texts.py" line="98"/>
        <location filename="../../app/studio/review_texts.py" line="150"/>
        <location filename="../../app/studio/review_xlsx.py" line="111"/>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="84"/>
        <source>%1 of it estimated from run-sheet prices</source>
        <translation>%1 of it estimated from run-sheet prices</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="293"/>
        <source>Pulled before it aired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="296"/>
        <location filename="../../app/ui/review_pages.py" line="167"/>
        <source>Added on air: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="152"/>
        <source>%1 comments to follow up, %2 different ones; each line counts how often it was said.</source>
        <translation>%1 comments to follow up, %2 different ones; each line counts how often it was said.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="156"/>
        <source>Viewers</source>
        <translation>Viewers</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="157"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="157"/>
        <source>First at</source>
        <translation>First at</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="167"/>
        <source>%1 more in the XLSX report.</source>
        <translation>%1 more in the XLSX report.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="189"/>
        <source>%1: %2 entrants, winners %3, %4 re-draws</source>
        <translation>%1: %2 entrants, winners %3, %4 re-draws</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="209"/>
        <location filename="../../app/studio/review_xlsx.py" line="147"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="173"/>
        <source>Compliance hits</source>
        <translation>Compliance hits</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="177"/>
        <location filename="../../app/studio/review_xlsx.py" line="187"/>
        <source>Top questions</source>
        <translation>Top questions</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="151"/>
        <location filename="../../app/studio/review_xlsx.py" line="178"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="188"/>
        <location filename="../../app/studio/review_xlsx.py" line="192"/>
        <source>Lotteries</source>
        <translation>Lotteries</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="27"/>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="27"/>
        <source>The show&apos;s planned start time.</source>
        <translation>The show&apos;s planned start time.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="28"/>
        <source>Actual start</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="29"/>
        <source>When the show was started in LiveDeck (show_started).</source>
        <translation>When the show was started in LiveDeck (show_started).</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="30"/>
        <source>Late start</source>
        <translation>Late start</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="31"/>
        <source>Actual start minus planned start; negative is early.</source>
        <translation>Actual start minus planned start; negative is early.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="32"/>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="33"/>
        <source>Planned start plus the planned minutes of every item.</source>
        <translation>Planned start plus the planned minutes of every item.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="34"/>
        <source>Actual end</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="35"/>
        <source>When the show was ended (or now, while it is live).</source>
        <translation>When the show was ended (or now, while it is live).</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="36"/>
        <source>Planned length</source>
        <translation>Planned length</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="36"/>
        <source>Sum of the items&apos; planned minutes.</source>
        <translation>Sum of the items&apos; planned minutes.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="37"/>
        <source>Actual length</source>
        <translation>Actual length</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="37"/>
        <source>Actual end minus actual start.</source>
        <translation>Actual end minus actual start.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="39"/>
        <source>Time the host clock was paused (timer.pause to timer.resume, the next item or the end); included in the lengths above and in the items&apos; actual time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="41"/>
        <source>Pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="41"/>
        <source>How many times the host clock was paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="43"/>
        <source>Time LiveDeck was not running while the show was live (killed or quit, then opened again: app_down); the clocks went on, so it is in the lengths and the items&apos; actual time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="46"/>
        <source>App stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="47"/>
        <source>How many times LiveDeck stopped while the show was live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="48"/>
        <source>Peak online</source>
        <translation>Peak online</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="49"/>
        <source>最高在线: the highest online count the relay reported.</source>
        <translation>最高在线: the highest online count the relay reported.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="50"/>
        <source>Average online</source>
        <translation>Average online</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="51"/>
        <source>平均在线: mean of the online counts the relay reported.</source>
        <translation>平均在线: mean of the online counts the relay reported.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="52"/>
        <source>Viewers (UV)</source>
        <translation>Viewers (UV)</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="53"/>
        <source>观看人数: the highest cumulative viewer count the relay reported.</source>
        <translation>观看人数: the highest cumulative viewer count the relay reported.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="54"/>
        <source>Views (PV)</source>
        <translation>Views (PV)</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="55"/>
        <source>观看次数: room entries (join events) received.</source>
        <translation>观看次数: room entries (join events) received.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="56"/>
        <source>Viewers seen</source>
        <translation>Viewers seen</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="57"/>
        <source>Distinct viewer ids in any event LiveDeck received (a lower bound of UV: silent viewers send nothing).</source>
        <translation>Distinct viewer ids in any event LiveDeck received (a lower bound of UV: silent viewers send nothing).</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="59"/>
        <source>Commenters</source>
        <translation>Commenters</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="59"/>
        <source>Distinct viewer ids that commented.</source>
        <translation>Distinct viewer ids that commented.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="40"/>
        <location filename="../../app/studio/review_texts.py" line="60"/>
        <location filename="../../app/studio/review_texts.py" line="139"/>
        <location filename="../../app/studio/review_xlsx.py" line="99"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="61"/>
        <source>Comments received (platform duplicates stored once).</source>
        <translation>Comments received (platform duplicates stored once).</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="41"/>
        <location filename="../../app/studio/review_texts.py" line="62"/>
        <location filename="../../app/studio/review_texts.py" line="140"/>
        <location filename="../../app/studio/review_xlsx.py" line="100"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="63"/>
        <source>Comments the classifier marked as questions.</source>
        <translation>Comments the classifier marked as questions.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="64"/>
        <source>Negative comments</source>
        <translation>Negative comments</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="65"/>
        <source>Comments the classifier marked as criticism.</source>
        <translation>Comments the classifier marked as criticism.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="66"/>
        <location filename="../../app/studio/review_texts.py" line="143"/>
        <location filename="../../app/studio/review_xlsx.py" line="103"/>
        <source>Gifts</source>
        <translation>Gifts</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="66"/>
        <source>Gifts received, a streak counted by its size.</source>
        <translation>Gifts received, a streak counted by its size.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="83"/>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="83"/>
        <source>Likes received, summed by their count.</source>
        <translation>Likes received, summed by their count.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="84"/>
        <source>New follows</source>
        <translation>New follows</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="84"/>
        <source>新增粉丝: follow events received.</source>
        <translation>新增粉丝: follow events received.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="41"/>
        <location filename="../../app/studio/review_texts.py" line="85"/>
        <location filename="../../app/studio/review_texts.py" line="145"/>
        <location filename="../../app/studio/review_xlsx.py" line="105"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="87"/>
        <source>Units sold</source>
        <translation>Units sold</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="42"/>
        <location filename="../../app/studio/review_texts.py" line="89"/>
        <location filename="../../app/studio/review_texts.py" line="147"/>
        <location filename="../../app/studio/review_xlsx.py" line="107"/>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="43"/>
        <location filename="../../app/studio/review_texts.py" line="92"/>
        <location filename="../../app/studio/review_texts.py" line="148"/>
        <location filename="../../app/studio/review_xlsx.py" line="109"/>
        <source>Buyers</source>
        <translation>Buyers</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="67"/>
        <source>Gift value, estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="68"/>
        <source>An estimate in 元 at the platforms&apos; top-up rates: 1 抖币, 1 快币 or 1 微信豆 = 0.1 元, 1,000 金瓜子 = 1 元. TikTok coins, bits and values of unknown unit are not in it (no fixed rate): see the gift values per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="71"/>
        <source>Gift value in 抖币 (Douyin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="72"/>
        <source>Gift value in TikTok coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="73"/>
        <source>Gift value in 快币 (Kuaishou)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="74"/>
        <source>Gift value in 微信豆 (视频号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="75"/>
        <source>Gift value in 金瓜子 (Bilibili)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="76"/>
        <source>Gift value in bits (Twitch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="77"/>
        <source>Gift value of unknown unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="78"/>
        <source>Gift value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="79"/>
        <source>抖币</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="79"/>
        <source>TikTok coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="80"/>
        <source>快币</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="80"/>
        <source>微信豆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="80"/>
        <source>金瓜子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="81"/>
        <source>bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="81"/>
        <source>of unknown unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="82"/>
        <source>Sum of the gift values the relays report in this unit, as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="86"/>
        <source>Distinct order IDs, each with its latest status (placed, paid, refunded, cancelled).</source>
        <translation>Distinct order IDs, each with its latest status (placed, paid, refunded, cancelled).</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="88"/>
        <source>Units of the orders whose latest status is paid.</source>
        <translation>Units of the orders whose latest status is paid.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="90"/>
        <source>成交金额: the amounts of the orders whose latest status is paid; an order without an amount counts at the run-sheet&apos;s live price × quantity (estimated).</source>
        <translation>成交金额: the amounts of the orders whose latest status is paid; an order without an amount counts at the run-sheet&apos;s live price × quantity (estimated).</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="92"/>
        <source>Distinct buyers of paid orders.</source>
        <translation>Distinct buyers of paid orders.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="93"/>
        <location filename="../../app/studio/review_xlsx.py" line="108"/>
        <source>GMV estimated</source>
        <translation>GMV estimated</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="94"/>
        <source>The part of GMV from paid orders sent without an amount, valued at the run-sheet&apos;s live price × quantity.</source>
        <translation>The part of GMV from paid orders sent without an amount, valued at the run-sheet&apos;s live price × quantity.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="97"/>
        <source>压单: orders placed and not (yet) paid.</source>
        <translation>压单: orders placed and not (yet) paid.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="98"/>
        <source>Orders refunded after payment (not in GMV).</source>
        <translation>Orders refunded after payment (not in GMV).</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="99"/>
        <source>Engagement rate</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="99"/>
        <source>互动率 = commenters ÷ UV.</source>
        <translation>互动率 = commenters ÷ UV.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="100"/>
        <source>Follow rate</source>
        <translation>Follow rate</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="100"/>
        <source>转粉率 = new follows ÷ UV.</source>
        <translation>转粉率 = new follows ÷ UV.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="101"/>
        <source>Conversion rate</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="101"/>
        <source>转化率 = buyers ÷ UV.</source>
        <translation>转化率 = buyers ÷ UV.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="102"/>
        <source>Average order value</source>
        <translation>Average order value</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="102"/>
        <source>客单价 = GMV ÷ buyers.</source>
        <translation>客单价 = GMV ÷ buyers.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="103"/>
        <source>UV value</source>
        <translation>UV value</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="103"/>
        <source>UV价值 = GMV ÷ UV.</source>
        <translation>UV价值 = GMV ÷ UV.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="104"/>
        <source>GPM</source>
        <translation>GPM</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="105"/>
        <source>GPM = GMV ÷ PV × 1000 (GMV per thousand views).</source>
        <translation>GPM = GMV ÷ PV × 1000 (GMV per thousand views).</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="106"/>
        <source>Average watch time</source>
        <translation>Average watch time</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="107"/>
        <source>平均停留时长 = watch time ÷ UV; watch time estimated as the reported online count integrated over the show.</source>
        <translation>平均停留时长 = watch time ÷ UV; watch time estimated as the reported online count integrated over the show.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="109"/>
        <source>Product click rate</source>
        <translation>Product click rate</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="110"/>
        <source>商品点击率 = product clicks ÷ product exposures.</source>
        <translation>商品点击率 = product clicks ÷ product exposures.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="111"/>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="111"/>
        <source>ROI = GMV ÷ ad spend.</source>
        <translation>ROI = GMV ÷ ad spend.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="112"/>
        <source>the relay sends no viewer counts</source>
        <translation>the relay sends no viewer counts</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="113"/>
        <source>the relay sends no cumulative viewer count</source>
        <translation>the relay sends no cumulative viewer count</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="114"/>
        <source>the relay sends no room entries</source>
        <translation>the relay sends no room entries</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="115"/>
        <source>the relay sends no orders</source>
        <translation>the relay sends no orders</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="116"/>
        <source>the relay sends no gifts</source>
        <translation>the relay sends no gifts</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="117"/>
        <source>the relay sends no gift values</source>
        <translation>the relay sends no gift values</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="118"/>
        <source>no gift value has a 元 rate (TikTok coins, bits, unknown units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="119"/>
        <source>gifts in more than one unit: see gift_value_&lt;unit&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="120"/>
        <source>the shows&apos; gifts are in different units: compare the 元 estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="121"/>
        <source>the relay sends no likes</source>
        <translation>the relay sends no likes</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="122"/>
        <source>the relay sends no follows</source>
        <translation>the relay sends no follows</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="123"/>
        <source>the relay sends no product clicks or exposures</source>
        <translation>the relay sends no product clicks or exposures</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="124"/>
        <source>LiveDeck records no ad spend</source>
        <translation>LiveDeck records no ad spend</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="125"/>
        <source>the show has not started</source>
        <translation>the show has not started</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="126"/>
        <source>the show has no planned start</source>
        <translation>the show has no planned start</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="127"/>
        <source>no buyers</source>
        <translation>no buyers</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="144"/>
        <location filename="../../app/studio/review_xlsx.py" line="104"/>
        <source>Gift value (≈ 元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="178"/>
        <source>Gift value/min (≈ 元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="37"/>
        <location filename="../../app/studio/review_texts.py" line="131"/>
        <location filename="../../app/studio/review_xlsx.py" line="92"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="37"/>
        <location filename="../../app/studio/review_html.py" line="158"/>
        <location filename="../../app/studio/review_html.py" line="179"/>
        <location filename="../../app/studio/review_texts.py" line="132"/>
        <location filename="../../app/studio/review_xlsx.py" line="93"/>
        <location filename="../../app/studio/review_xlsx.py" line="167"/>
        <location filename="../../app/studio/review_xlsx.py" line="181"/>
        <location filename="../../app/studio/review_xlsx.py" line="188"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="133"/>
        <location filename="../../app/studio/review_xlsx.py" line="94"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="38"/>
        <location filename="../../app/studio/review_texts.py" line="134"/>
        <location filename="../../app/studio/review_xlsx.py" line="95"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="38"/>
        <location filename="../../app/studio/review_texts.py" line="135"/>
        <location filename="../../app/studio/review_xlsx.py" line="96"/>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="39"/>
        <location filename="../../app/studio/review_texts.py" line="136"/>
        <location filename="../../app/studio/review_xlsx.py" line="97"/>
        <source>Over/under</source>
        <translation>Over/under</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="138"/>
        <location filename="../../app/studio/review_xlsx.py" line="98"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="141"/>
        <location filename="../../app/studio/review_xlsx.py" line="101"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="142"/>
        <location filename="../../app/studio/review_xlsx.py" line="102"/>
        <source>Negative</source>
        <translation>Negative</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="42"/>
        <location filename="../../app/studio/review_texts.py" line="146"/>
        <location filename="../../app/studio/review_xlsx.py" line="106"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="44"/>
        <location filename="../../app/studio/review_texts.py" line="151"/>
        <location filename="../../app/studio/review_xlsx.py" line="112"/>
        <source>Flash sale sold</source>
        <translation>Flash sale sold</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="152"/>
        <location filename="../../app/studio/review_xlsx.py" line="114"/>
        <source>Sold out in</source>
        <translation>Sold out in</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="45"/>
        <location filename="../../app/studio/review_texts.py" line="153"/>
        <location filename="../../app/studio/review_xlsx.py" line="116"/>
        <source>Coupons claimed</source>
        <translation>Coupons claimed</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="154"/>
        <location filename="../../app/studio/review_xlsx.py" line="117"/>
        <source>Cues fired</source>
        <translation>Cues fired</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="158"/>
        <source>Time on air from the item&apos;s start to the next item&apos;s start, every visit (返场) added.</source>
        <translation>Time on air from the item&apos;s start to the next item&apos;s start, every visit (返场) added.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="160"/>
        <source>Actual minus planned; positive ran over.</source>
        <translation>Actual minus planned; positive ran over.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="161"/>
        <source>Of the actual time, how long the host clock was paused: an overrun may be a pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="163"/>
        <source>Of the actual time, how long LiveDeck was not running (killed or quit): the clocks went on, so an overrun may be the app&apos;s, not the host&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="165"/>
        <source>Comments received while the item was on air.</source>
        <translation>Comments received while the item was on air.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="166"/>
        <source>Comments naming the item&apos;s link number (&quot;3号链接&quot;) during the show.</source>
        <translation>Comments naming the item&apos;s link number (&quot;3号链接&quot;) during the show.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="167"/>
        <source>Orders whose SKU (or product ID) is the item&apos;s, during the whole show.</source>
        <translation>Orders whose SKU (or product ID) is the item&apos;s, during the whole show.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="168"/>
        <source>Flash-sale units sold of the quantity offered.</source>
        <translation>Flash-sale units sold of the quantity offered.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="169"/>
        <source>From the sale going live to the last unit.</source>
        <translation>From the sale going live to the last unit.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="170"/>
        <source>Claims of the coupons issued for the item (or while it was on air), of the quantity issued.</source>
        <translation>Claims of the coupons issued for the item (or while it was on air), of the quantity issued.</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="174"/>
        <source>Comments/min</source>
        <translation>Comments/min</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="175"/>
        <source>Commenters/min</source>
        <translation>Commenters/min</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="176"/>
        <source>Viewers online</source>
        <translation>Viewers online</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="177"/>
        <source>Likes/min</source>
        <translation>Likes/min</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="179"/>
        <source>Orders/min</source>
        <translation>Orders/min</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="184"/>
        <source>Sale start</source>
        <translation>Sale start</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="184"/>
        <source>Sale end</source>
        <translation>Sale end</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="185"/>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="185"/>
        <source>Lottery open</source>
        <translation>Lottery open</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="186"/>
        <source>Lottery draw</source>
        <translation>Lottery draw</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="186"/>
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="192"/>
        <source>Absolute claims</source>
        <translation>Absolute claims</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="193"/>
        <source>Medical claims</source>
        <translation>Medical claims</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="194"/>
        <source>Guarantees</source>
        <translation>Guarantees</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="194"/>
        <source>Diversion</source>
        <translation>Diversion</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="195"/>
        <source>Other banned words</source>
        <translation>Other banned words</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="198"/>
        <source>open</source>
        <translation type="unfinished">open</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="199"/>
        <source>closed, not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="200"/>
        <source>drawn</source>
        <translation type="unfinished">drawn</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="200"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="209"/>
        <source>negative</source>
        <translation>negative</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="209"/>
        <source>unanswered question</source>
        <translation>unanswered question</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="217"/>
        <source>n/a — %1</source>
        <translation>n/a — %1</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="109"/>
        <location filename="../../app/studio/review_texts.py" line="217"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="47"/>
        <source>date and time</source>
        <translation>date and time</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="47"/>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="48"/>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="48"/>
        <source>minutes (signed)</source>
        <translation>minutes (signed)</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="49"/>
        <source>h:mm:ss</source>
        <translation>h:mm:ss</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="49"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="50"/>
        <source>platform coins</source>
        <translation>platform coins</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="75"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="76"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="76"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="76"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="77"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="77"/>
        <source>Missing because</source>
        <translation>Missing because</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="113"/>
        <source>Flash sale quantity</source>
        <translation>Flash sale quantity</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="115"/>
        <source>Coupons issued</source>
        <translation>Coupons issued</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="135"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="148"/>
        <location filename="../../app/studio/review_xlsx.py" line="172"/>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="166"/>
        <source>Items on air</source>
        <translation>Items on air</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="167"/>
        <source>Item id</source>
        <translation>Item id</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="167"/>
        <source>From minute</source>
        <translation>From minute</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="168"/>
        <source>To minute</source>
        <translation>To minute</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="172"/>
        <source>Marker</source>
        <translation>Marker</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="172"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="179"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="179"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="179"/>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="180"/>
        <source>Viewer id</source>
        <translation>Viewer id</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="193"/>
        <source>Lottery</source>
        <translation>Lottery</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="193"/>
        <source>Prize</source>
        <translation>Prize</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="193"/>
        <source>Entrants</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="194"/>
        <source>Winners</source>
        <translation>Winners</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="194"/>
        <source>Re-draws</source>
        <translation>Re-draws</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="194"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="195"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="155"/>
        <location filename="../../app/studio/review_xlsx.py" line="180"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="155"/>
        <location filename="../../app/studio/review_xlsx.py" line="180"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="178"/>
        <location filename="../../app/studio/review_xlsx.py" line="188"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="156"/>
        <location filename="../../app/studio/review_html.py" line="178"/>
        <location filename="../../app/studio/review_xlsx.py" line="188"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>ReviewDesk</name>
    <message>
        <location filename="../../app/studio/review.py" line="173"/>
        <source>no show is open</source>
        <translation>no show is open</translation>
    </message>
    <message>
        <location filename="../../app/studio/review.py" line="176"/>
        <source>no such comment in that show</source>
        <translation>no such comment in that show</translation>
    </message>
</context>
<context>
    <name>ReviewPages</name>
    <message>
        <location filename="../../app/ui/review_pages.py" line="71"/>
        <location filename="../../app/ui/review_pages.py" line="144"/>
        <location filename="../../app/ui/review_pages.py" line="297"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="71"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="71"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="106"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="106"/>
        <location filename="../../app/ui/review_pages.py" line="112"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="106"/>
        <location filename="../../app/ui/review_pages.py" line="108"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="107"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="107"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="107"/>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="107"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="108"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="112"/>
        <location filename="../../app/ui/review_pages.py" line="118"/>
        <source>Compliance hits</source>
        <translation>Compliance hits</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="116"/>
        <source>Top questions</source>
        <translation>Top questions</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="132"/>
        <source>Prize</source>
        <translation>Prize</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="132"/>
        <source>Entrants</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="132"/>
        <source>Winners</source>
        <translation>Winners</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="132"/>
        <source>Re-draws</source>
        <translation>Re-draws</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="133"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="133"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="144"/>
        <location filename="../../app/ui/review_pages.py" line="297"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="213"/>
        <source>%1, minute %2: %3</source>
        <translation>%1, minute %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="245"/>
        <source>售后 follow-up: %1 unanswered questions and negative comments (showing %2); tick what the team has handled</source>
        <translation>售后 follow-up: %1 unanswered questions and negative comments (showing %2); tick what the team has handled</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="290"/>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="291"/>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="293"/>
        <source>No lotteries in this show.</source>
        <translation>No lotteries in this show.</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../app/ui/review_tab.py" line="68"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="54"/>
        <location filename="../../app/ui/review_tab.py" line="74"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="77"/>
        <source>Export XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="77"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="78"/>
        <source>Export JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="88"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="92"/>
        <source>Compare with:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="49"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="50"/>
        <source>Per item</source>
        <translation>Per item</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="51"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="52"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="53"/>
        <source>Lotteries</source>
        <translation>Lotteries</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="167"/>
        <source>The review failed: %1</source>
        <translation>The review failed: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="201"/>
        <source>Open a review first, then pick a show to compare with</source>
        <translation>Open a review first, then pick a show to compare with</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="216"/>
        <source>Nothing to export yet: refresh the review first</source>
        <translation>Nothing to export yet: refresh the review first</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="219"/>
        <source>Export the review</source>
        <translation>Export the review</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="227"/>
        <location filename="../../app/ui/review_tab.py" line="232"/>
        <source>Review saved to %1</source>
        <translation>Review saved to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="231"/>
        <source>Could not save the review: %1</source>
        <translation>Could not save the review: %1</translation>
    </message>
</context>
<context>
    <name>RoomDesk</name>
    <message>
        <location filename="../../app/studio/room.py" line="67"/>
        <source>Another studio has this show open (%1). This desk no longer saves anything to it: open the show again once that studio has closed it, or open another show.</source>
        <translation>Another studio has this show open (%1). This desk no longer saves anything to it: open the show again once that studio has closed it, or open another show.</translation>
    </message>
    <message>
        <location filename="../../app/studio/room.py" line="71"/>
        <source>Taking this show&apos;s room on the database server…</source>
        <translation>Taking this show&apos;s room on the database server…</translation>
    </message>
    <message>
        <location filename="../../app/studio/room.py" line="73"/>
        <source>The database connection was lost: taking this show&apos;s room back as soon as the server answers. Changes wait until then.</source>
        <translation>The database connection was lost: taking this show&apos;s room back as soon as the server answers. Changes wait until then.</translation>
    </message>
    <message>
        <location filename="../../app/studio/room.py" line="80"/>
        <source>another process</source>
        <translation>another process</translation>
    </message>
    <message>
        <location filename="../../app/studio/room.py" line="82"/>
        <source>a process on %1</source>
        <translation>a process on %1</translation>
    </message>
    <message>
        <location filename="../../app/studio/room.py" line="84"/>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <location filename="../../app/studio/room.py" line="85"/>
        <source>pid %1 on %2</source>
        <translation>pid %1 on %2</translation>
    </message>
</context>
<context>
    <name>RunSheet</name>
    <message>
        <location filename="../../app/studio/runsheet_cmds.py" line="35"/>
        <source>no such item</source>
        <translation>no such item</translation>
    </message>
    <message>
        <location filename="../../app/studio/runsheet_cmds.py" line="36"/>
        <source>target position is outside the run-sheet</source>
        <translation>target position is outside the run-sheet</translation>
    </message>
    <message>
        <location filename="../../app/studio/runsheet_cmds.py" line="37"/>
        <source>only items still to come can be moved while live</source>
        <translation>only items still to come can be moved while live</translation>
    </message>
    <message>
        <location filename="../../app/studio/runsheet_cmds.py" line="38"/>
        <source>the show has ended</source>
        <translation>the show has ended</translation>
    </message>
    <message>
        <location filename="../../app/studio/runsheet_cmds.py" line="39"/>
        <source>new items go after what has already been on air</source>
        <translation>new items go after what has already been on air</translation>
    </message>
    <message>
        <location filename="../../app/studio/runsheet_cmds.py" line="40"/>
        <source>items already on air cannot be removed</source>
        <translation>items already on air cannot be removed</translation>
    </message>
</context>
<context>
    <name>RunSheetEditor</name>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="168"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="172"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="174"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="176"/>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="178"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="224"/>
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="225"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="226"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="227"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="228"/>
        <location filename="../../app/ui/runsheet_editor.py" line="343"/>
        <source>Use past durations</source>
        <translation>Use past durations</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="240"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="241"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="282"/>
        <source>The show title cannot be empty</source>
        <translation>The show title cannot be empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="316"/>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="341"/>
        <source>No past show has these products</source>
        <translation>No past show has these products</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="353"/>
        <source>%1 items · %2 min</source>
        <translation>%1 items · %2 min</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="356"/>
        <source>planned end %1</source>
        <translation>planned end %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="358"/>
        <source>no planned start</source>
        <translation>no planned start</translation>
    </message>
</context>
<context>
    <name>RunSheetModel</name>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="44"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="45"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="46"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="47"/>
        <source>Product ID</source>
        <translation>Product ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="48"/>
        <source>List price</source>
        <translation>List price</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="49"/>
        <source>Live price</source>
        <translation>Live price</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="50"/>
        <source>After coupon</source>
        <translation>After coupon</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="51"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="52"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="53"/>
        <source>Talking points</source>
        <translation>Talking points</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="54"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="54"/>
        <source>Cues</source>
        <translation>Cues</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="67"/>
        <source>A price is a number of yuan from 0 to 10,000,000, like 99 or 99.50</source>
        <translation>A price is a number of yuan from 0 to 10,000,000, like 99 or 99.50</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="75"/>
        <source>Stock must be a whole number</source>
        <translation>Stock must be a whole number</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="77"/>
        <source>Stock must be 0 to 1,000,000,000</source>
        <translation>Stock must be 0 to 1,000,000,000</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="83"/>
        <source>Minutes must be a number</source>
        <translation>Minutes must be a number</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="85"/>
        <source>Minutes must be between 0 and 600</source>
        <translation>Minutes must be between 0 and 600</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="91"/>
        <source>A cue is minutes:seconds and text, like “3:00 口播优惠券”; separate cues with ;</source>
        <translation>A cue is minutes:seconds and text, like “3:00 口播优惠券”; separate cues with ;</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="97"/>
        <source>A link is the cart number, like 4 or 8/9 for one product on two links</source>
        <translation>A link is the cart number, like 4 or 8/9 for one product on two links</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="103"/>
        <source>A product ID is digits only</source>
        <translation>A product ID is digits only</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="106"/>
        <source>The product name cannot be empty</source>
        <translation>The product name cannot be empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="240"/>
        <source>Past shows: median %1 min over %2 shows</source>
        <translation>Past shows: median %1 min over %2 shows</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="288"/>
        <source>Note: the live price is not below the list price</source>
        <translation>Note: the live price is not below the list price</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_undo.py" line="50"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_undo.py" line="66"/>
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_undo.py" line="88"/>
        <source>Remove product</source>
        <translation>Remove product</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_undo.py" line="106"/>
        <source>Move product</source>
        <translation>Move product</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <location filename="../../app/studio/sales.py" line="29"/>
        <location filename="../../app/studio/sales.py" line="146"/>
        <source>rows must be a list of products from the console export</source>
        <translation>rows must be a list of products from the console export</translation>
    </message>
</context>
<context>
    <name>SalesModel</name>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="45"/>
        <source>%1 paid orders came without an amount: %2 of this is their run-sheet price × quantity</source>
        <translation>%1 paid orders came without an amount: %2 of this is their run-sheet price × quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="80"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="80"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="80"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="80"/>
        <source>Paid units</source>
        <translation>Paid units</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="80"/>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="81"/>
        <source>Unpaid</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="81"/>
        <source>Stock left</source>
        <translation>Stock left</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="81"/>
        <source>Buyers</source>
        <translation>Buyers</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="81"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="92"/>
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="101"/>
        <source>Low stock: fewer than 10 left</source>
        <translation>Low stock: fewer than 10 left</translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="132"/>
        <source>Import console export…</source>
        <translation>Import console export…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="133"/>
        <source>After the show: the platform console&apos;s per-product data (exposure, clicks, units, amount), joined by product ID</source>
        <translation>After the show: the platform console&apos;s per-product data (exposure, clicks, units, amount), joined by product ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="169"/>
        <source>Room: %1 orders · %2 paid units · GMV %3 · %4 buyers · average order %5 · unpaid %6 · refunded %7</source>
        <translation>Room: %1 orders · %2 paid units · GMV %3 · %4 buyers · average order %5 · unpaid %6 · refunded %7</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="175"/>
        <source>%1 orders match no item (product ID or title not on the run-sheet): %2</source>
        <translation>%1 orders match no item (product ID or title not on the run-sheet): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="184"/>
        <source>Import console export</source>
        <translation>Import console export</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="185"/>
        <source>Console exports (*.csv *.xlsx)</source>
        <translation>Console exports (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="196"/>
        <source>Console export refused: %1</source>
        <translation>Console export refused: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="204"/>
        <source>Console data: %1 products joined, %2 not on the run-sheet</source>
        <translation>Console data: %1 products joined, %2 not on the run-sheet</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/window_widgets.py" line="83"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_widgets.py" line="85"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_widgets.py" line="85"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_widgets.py" line="85"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
</context>
<context>
    <name>ShowCommands</name>
    <message>
        <location filename="../../app/studio/shows.py" line="77"/>
        <source>show %1 does not exist</source>
        <translation>show %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="115"/>
        <source>the planned start can only change before the show</source>
        <translation>the planned start can only change before the show</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="138"/>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="149"/>
        <location filename="../../app/studio/shows.py" line="152"/>
        <source>end the show before deleting it</source>
        <translation>end the show before deleting it</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="164"/>
        <source>the show has already started</source>
        <translation>the show has already started</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="166"/>
        <source>the run-sheet has no items</source>
        <translation>the run-sheet has no items</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="183"/>
        <source>The show has ended</source>
        <translation>The show has ended</translation>
    </message>
</context>
<context>
    <name>Shows</name>
    <message>
        <location filename="../../app/studio/shows.py" line="28"/>
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="28"/>
        <source>Taobao Live</source>
        <translation>Taobao Live</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="29"/>
        <source>Kuaishou</source>
        <translation>Kuaishou</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="29"/>
        <source>TikTok Shop</source>
        <translation>TikTok Shop</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="30"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <location filename="../../app/studio/studio.py" line="196"/>
        <source>unknown command %1</source>
        <translation>unknown command %1</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="198"/>
        <source>args must be an object</source>
        <translation>args must be an object</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="215"/>
        <source>%1: bad arguments (%2)</source>
        <translation>%1: bad arguments (%2)</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="219"/>
        <source>the change could not be saved (is the disk full?); nothing changed</source>
        <translation>the change could not be saved (is the disk full?); nothing changed</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="222"/>
        <source>%1 failed; nothing changed</source>
        <translation>%1 failed; nothing changed</translation>
    </message>
    <message>
        <location filename="../../app/studio/sales.py" line="143"/>
        <location filename="../../app/studio/studio.py" line="245"/>
        <source>no show is open</source>
        <translation>no show is open</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="251"/>
        <source>the show is not live</source>
        <translation>the show is not live</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../../app/ui/wall_window.py" line="62"/>
        <source>Overtime</source>
        <translation>Overtime</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="63"/>
        <source>Low stock</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="64"/>
        <source>Relay silent</source>
        <translation>Relay silent</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="65"/>
        <source>Writer error</source>
        <translation>Writer error</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="103"/>
        <source>Viewers</source>
        <translation>Viewers</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="104"/>
        <source>Comments/min</source>
        <translation>Comments/min</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="105"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="106"/>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="134"/>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="135"/>
        <source>not live</source>
        <translation>not live</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="138"/>
        <source>Link %1</source>
        <translation>Link %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="151"/>
        <source>%1 s behind</source>
        <translation>%1 s behind</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="169"/>
        <source>LiveDeck · all rooms</source>
        <translation>LiveDeck · all rooms</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="186"/>
        <source>No room is open right now</source>
        <translation>No room is open right now</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="202"/>
        <source>%1 rooms · %2 live</source>
        <translation>%1 rooms · %2 live</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="204"/>
        <source>All rooms</source>
        <translation>All rooms</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../app/ui/window_menus.py" line="43"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="45"/>
        <source>New show…</source>
        <translation>New show…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="46"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="47"/>
        <source>Duplicate as template</source>
        <translation>Duplicate as template</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="48"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="50"/>
        <source>Import products…</source>
        <translation>Import products…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="51"/>
        <source>Export run-sheet…</source>
        <translation>Export run-sheet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="53"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="55"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="56"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="58"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="63"/>
        <source>On &amp;air</source>
        <translation>On &amp;air</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="69"/>
        <source>Mute spoken cues</source>
        <translation>Mute spoken cues</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="76"/>
        <source>&amp;Commerce</source>
        <translation>&amp;Commerce</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="86"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="87"/>
        <source>Host view</source>
        <translation>Host view</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="88"/>
        <source>Host view full screen</source>
        <translation>Host view full screen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="89"/>
        <source>Host view on screen</source>
        <translation>Host view on screen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="92"/>
        <location filename="../../app/ui/window_menus.py" line="139"/>
        <source>Next page of talking points</source>
        <translation>Next page of talking points</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="94"/>
        <source>Message to the host…</source>
        <translation>Message to the host…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="95"/>
        <source>Unpin comment</source>
        <translation>Unpin comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="96"/>
        <source>Clear host screen</source>
        <translation>Clear host screen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="100"/>
        <source>S&amp;ettings</source>
        <translation>S&amp;ettings</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="101"/>
        <source>Comment relays…</source>
        <translation>Comment relays…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="102"/>
        <source>Banned words…</source>
        <translation>Banned words…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="103"/>
        <source>Remote access…</source>
        <translation>Remote access…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="104"/>
        <source>Overlays for OBS…</source>
        <translation>Overlays for OBS…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="106"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="116"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="117"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="129"/>
        <source>anywhere in LiveDeck</source>
        <translation>anywhere in LiveDeck</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="131"/>
        <source>run-sheet table</source>
        <translation>run-sheet table</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="131"/>
        <source>main window</source>
        <translation>main window</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="135"/>
        <source>Pin the selected comment to the host view</source>
        <translation>Pin the selected comment to the host view</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="135"/>
        <location filename="../../app/ui/window_menus.py" line="136"/>
        <source>comment list</source>
        <translation>comment list</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="136"/>
        <source>Read the selected comment aloud</source>
        <translation>Read the selected comment aloud</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="137"/>
        <source>Go to the selected item</source>
        <translation>Go to the selected item</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="137"/>
        <source>run order list</source>
        <translation>run order list</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="138"/>
        <source>Send the message</source>
        <translation>Send the message</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="138"/>
        <source>message to the host</source>
        <translation>message to the host</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="139"/>
        <location filename="../../app/ui/window_menus.py" line="140"/>
        <location filename="../../app/ui/window_menus.py" line="141"/>
        <location filename="../../app/ui/window_menus.py" line="143"/>
        <source>host view</source>
        <translation>host view</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="140"/>
        <source>Previous page of talking points</source>
        <translation>Previous page of talking points</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="141"/>
        <source>Full screen on and off</source>
        <translation>Full screen on and off</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="142"/>
        <source>Add the selected products to the show</source>
        <translation>Add the selected products to the show</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="142"/>
        <source>product library</source>
        <translation>product library</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="143"/>
        <source>Leave full screen</source>
        <translation>Leave full screen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="196"/>
        <source>Spoken cues muted</source>
        <translation>Spoken cues muted</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="196"/>
        <source>Spoken cues on</source>
        <translation>Spoken cues on</translation>
    </message>
</context>
<context>
    <name>WindowShows</name>
    <message>
        <location filename="../../app/ui/window_shows.py" line="44"/>
        <location filename="../../app/ui/window_shows.py" line="150"/>
        <source>Import products</source>
        <translation>Import products</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="45"/>
        <source>Product sheets (*.csv *.xlsx)</source>
        <translation>Product sheets (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="79"/>
        <source>Show is live</source>
        <translation>Show is live</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="80"/>
        <source>The open show is live. Switch to another show anyway? It stays live and reopens where it stands.</source>
        <translation>The open show is live. Switch to another show anyway? It stays live and reopens where it stands.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="98"/>
        <source>New show</source>
        <translation>New show</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="98"/>
        <location filename="../../app/ui/window_shows.py" line="108"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="108"/>
        <source>Rename show</source>
        <translation>Rename show</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="126"/>
        <source>A live show cannot be deleted; end it first</source>
        <translation>A live show cannot be deleted; end it first</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="129"/>
        <source>Delete show</source>
        <translation>Delete show</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="130"/>
        <source>Delete “%1” with its run-sheet, events and comments? This cannot be undone.</source>
        <translation>Delete “%1” with its run-sheet, events and comments? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="147"/>
        <source>Open or create a show first</source>
        <translation>Open or create a show first</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="151"/>
        <source>Product sheets (*.csv *.xlsx *.xls *.xlsb *.ods)</source>
        <translation>Product sheets (*.csv *.xlsx *.xls *.xlsb *.ods)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="155"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="168"/>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="196"/>
        <source>Export run-sheet</source>
        <translation>Export run-sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="197"/>
        <source>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="205"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>WordListDialog</name>
    <message>
        <location filename="../../app/ui/settings.py" line="156"/>
        <source>Banned and risky words</source>
        <translation>Banned and risky words</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="162"/>
        <source>One per line: category, tab, word, tab, suggested rewording. Categories: absolute, medical, diversion, guarantee, banned.</source>
        <translation>One per line: category, tab, word, tab, suggested rewording. Categories: absolute, medical, diversion, guarantee, banned.</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="364"/>
        <source>Edit show details</source>
        <translation>Edit show details</translation>
    </message>
</context>
</TS>
