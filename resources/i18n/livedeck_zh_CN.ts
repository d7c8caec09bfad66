<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnswerDesk</name>
    <message>
        <location filename="../../app/studio/answers.py" line="68"/>
        <source>no line of this item answers that question</source>
        <translation>这个商品没有能回答这个问题的话术</translation>
    </message>
</context>
<context>
    <name>AnswersStrip</name>
    <message>
        <location filename="../../app/ui/answers_strip.py" line="26"/>
        <location filename="../../app/ui/answers_strip.py" line="44"/>
        <source>Answers at hand</source>
        <translation>随手答</translation>
    </message>
    <message>
        <location filename="../../app/ui/answers_strip.py" line="31"/>
        <source>Answer on the host view (Ctrl+Shift+A)</source>
        <translation>在主播屏上回答（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../app/ui/answers_strip.py" line="47"/>
        <source>Answers to “%1”</source>
        <translation>“%1”的答案</translation>
    </message>
    <message>
        <location filename="../../app/ui/answers_strip.py" line="48"/>
        <source>No line of this item answers “%1”</source>
        <translation>这个商品没有能回答“%1”的话术</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="39"/>
        <source>Run order (排序)</source>
        <translation>讲解顺序（排序）</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="40"/>
        <source>Cart link number (链接号)</source>
        <translation>链接号（小黄车序号）</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="41"/>
        <source>Product ID (商品ID)</source>
        <translation>商品ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="42"/>
        <source>SKU (货号)</source>
        <translation>货号 / 商家编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="43"/>
        <source>Product title (商品标题)</source>
        <translation>商品标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="44"/>
        <source>Spec (规格)</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="45"/>
        <source>List price (日常价)</source>
        <translation>日常价（划线价）</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="46"/>
        <source>Live price (直播价)</source>
        <translation>直播价（到手价）</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="47"/>
        <source>Offer (福利机制)</source>
        <translation>福利机制</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="48"/>
        <source>Stock (库存)</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="49"/>
        <source>Commission (佣金)</source>
        <translation>佣金比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="50"/>
        <source>Role (款式定位)</source>
        <translation>款式定位</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="51"/>
        <source>Minutes (讲解时长)</source>
        <translation>讲解时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="52"/>
        <source>Time slot or start (时间段)</source>
        <translation>时间段或开始时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="53"/>
        <source>End time (结束时间)</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="54"/>
        <source>Talking points (卖点)</source>
        <translation>卖点 / 话术</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="55"/>
        <source>Notes (备注)</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="56"/>
        <source>Product URL</source>
        <translation>商品网址</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="57"/>
        <source>Cues (提示)</source>
        <translation>提示节点</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="58"/>
        <source>After-coupon price (券后价)</source>
        <translation>券后价</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="59"/>
        <source>Coupon (优惠券, said in the notes)</source>
        <translation>优惠券（写入备注）</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="60"/>
        <source>Status (状态)</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="61"/>
        <source>Image (商品封面)</source>
        <translation>商品封面（图片）</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="62"/>
        <source>Fee (服务费 / 坑位费)</source>
        <translation>服务费 / 坑位费</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="99"/>
        <source>Which column is what?</source>
        <translation>这些列分别是什么？</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="101"/>
        <source>%1 has columns LiveDeck does not know. Say what each one is; the choice is remembered for sheets with the same columns.</source>
        <translation>%1 里有 LiveDeck 不认识的列。请指明每一列是什么；同样表头的表格以后会沿用这个选择。</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="108"/>
        <source>(ignore)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="140"/>
        <source>Choose the product title column.</source>
        <translation>请选择商品标题列。</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="142"/>
        <source>Each field can be chosen for one column only.</source>
        <translation>每个字段只能对应一列。</translation>
    </message>
</context>
<context>
    <name>Commerce</name>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="28"/>
        <source>no such item on the run-sheet</source>
        <translation>排品单上没有这个商品</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="29"/>
        <source>another flash sale is counting down or live</source>
        <translation>已有秒杀正在倒计时或进行中</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="30"/>
        <source>the deal price must be above zero</source>
        <translation>秒杀价必须大于 0</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="31"/>
        <source>the deal price must be below the live price</source>
        <translation>秒杀价必须低于直播价</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="32"/>
        <source>the quantity must be at least 1</source>
        <translation>秒杀数量至少为 1</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="33"/>
        <source>the quantity is more than the stock</source>
        <translation>秒杀数量超过库存</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="34"/>
        <source>the per-buyer limit must be at least 1</source>
        <translation>每人限购至少为 1</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="35"/>
        <source>the countdown must be 10 to 300 seconds</source>
        <translation>倒计时必须在 10 到 300 秒之间</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="36"/>
        <source>the sale must last 1 to 20 minutes</source>
        <translation>秒杀时长必须在 1 到 20 分钟之间</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="37"/>
        <source>a coupon takes an amount or a percent off</source>
        <translation>优惠券只能是减金额或打折</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="38"/>
        <source>a percent-off coupon must be between 0 and 100 percent</source>
        <translation>折扣券的折扣必须在 0 到 100% 之间</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="39"/>
        <source>the amount off must be above zero</source>
        <translation>减免金额必须大于 0</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="40"/>
        <source>the amount off must be below the spend threshold</source>
        <translation>减免金额必须低于使用门槛</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="41"/>
        <source>the spend threshold cannot be negative</source>
        <translation>使用门槛不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="42"/>
        <source>quantity and claims per viewer must be at least 1</source>
        <translation>发放数量和每人限领都至少为 1</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="43"/>
        <source>a coupon is valid for 1 minute to 24 hours</source>
        <translation>优惠券有效期为 1 分钟到 24 小时</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="44"/>
        <source>a coupon item is not on the run-sheet</source>
        <translation>优惠券适用的商品不在排品单上</translation>
    </message>
</context>
<context>
    <name>CommerceBoxes</name>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="74"/>
        <location filename="../../app/ui/commerce_boxes.py" line="133"/>
        <source> pcs</source>
        <translation> 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="76"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="77"/>
        <location filename="../../app/ui/commerce_boxes.py" line="135"/>
        <location filename="../../app/ui/commerce_boxes.py" line="174"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="80"/>
        <source>Start flash sale</source>
        <translation>开始秒杀</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="82"/>
        <source>Arm</source>
        <translation>预备</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="83"/>
        <source>Check and show it coming on the host view; Start sets it going</source>
        <translation>检查并在提词屏预告；按“开始秒杀”正式开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="85"/>
        <source>End sale</source>
        <translation>结束秒杀</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="91"/>
        <source>Adjust the sale&apos;s remaining stock by hand</source>
        <translation>手动调整秒杀剩余库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="96"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="100"/>
        <source>limit</source>
        <translation>限购</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="102"/>
        <source>Deal price</source>
        <translation>秒杀价</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="105"/>
        <source>then</source>
        <translation>然后</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="107"/>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="113"/>
        <source>Sale stock</source>
        <translation>秒杀库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="116"/>
        <source>Flash sale (秒杀)</source>
        <translation>秒杀</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="127"/>
        <source>¥ off</source>
        <translation>减金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="128"/>
        <source>% off</source>
        <translation>打折</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="136"/>
        <source>Issue coupon</source>
        <translation>发优惠券</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="140"/>
        <source>+1 claimed</source>
        <translation>已领 +1</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="142"/>
        <source>Stop coupon</source>
        <translation>停发</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="145"/>
        <source>over</source>
        <translation>门槛</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="149"/>
        <source>per viewer</source>
        <translation>每人限领</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="157"/>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="168"/>
        <source>Prize, e.g. 羊绒围巾</source>
        <translation>奖品，如 羊绒围巾</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="172"/>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="173"/>
        <source>exactly</source>
        <translation>完全一致</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="175"/>
        <source>followers only</source>
        <translation>仅粉丝</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="177"/>
        <source>fan level ≥ </source>
        <translation>粉丝团等级 ≥ </translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="178"/>
        <source>exclude earlier winners</source>
        <translation>排除本场已中奖者</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="180"/>
        <source>Open lottery</source>
        <translation>发福袋</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="182"/>
        <source>Close entries</source>
        <translation>截止参与</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="184"/>
        <source>Draw</source>
        <translation>开奖</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="186"/>
        <source>Re-draw selected…</source>
        <translation>重抽所选…</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="198"/>
        <source>Prize, winners</source>
        <translation>奖品、人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="203"/>
        <source>Keyword (口令)</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="212"/>
        <source>Lottery (福袋)</source>
        <translation>福袋</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="232"/>
        <source>No flash sale yet</source>
        <translation>还没有秒杀</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="234"/>
        <source>Armed: %1 %2 × %3 · press Start</source>
        <translation>已预备：%1 %2 × %3 · 按“开始秒杀”</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="237"/>
        <source>%1 %2 · starts in %3</source>
        <translation>%1 %2 · %3 后开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="240"/>
        <source>LIVE %1 · %2 left of %3 · %4</source>
        <translation>秒杀中 %1 · 剩 %2/%3 件 · %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="243"/>
        <source>Sold out · %1 sold</source>
        <translation>已售罄 · 售出 %1 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="243"/>
        <source>Time up · %1 sold</source>
        <translation>时间到 · 售出 %1 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="244"/>
        <source>Stopped by hand · %1 sold</source>
        <translation>已手动结束 · 售出 %1 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="245"/>
        <source>Ended · %1 sold</source>
        <translation>已结束 · 售出 %1 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="250"/>
        <source>active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="250"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="250"/>
        <source>stopped</source>
        <translation>已停发</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="251"/>
        <source>all claimed</source>
        <translation>已领完</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="254"/>
        <source>%1 off over %2 · %3/%4 claimed · %5 · %6</source>
        <translation>满 %2 减 %1 · 已领 %3/%4 · %5 · %6</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="268"/>
        <source>No lottery yet</source>
        <translation>还没有福袋</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="271"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="271"/>
        <source>entries closed</source>
        <translation>已截止</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="271"/>
        <source>drawn</source>
        <translation>已开奖</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="272"/>
        <source>%1 · %2 · %3 entered</source>
        <translation>%1 · %2 · %3 人参与</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="274"/>
        <source>Commitment %1…</source>
        <translation>承诺值 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_boxes.py" line="276"/>
        <source>seed %1…</source>
        <translation>种子 %1…</translation>
    </message>
</context>
<context>
    <name>CommercePanel</name>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="115"/>
        <source>End sale</source>
        <translation>结束秒杀</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="148"/>
        <source>Draw</source>
        <translation>开奖</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="116"/>
        <source>End the flash sale now? Viewers can no longer buy at the deal price.</source>
        <translation>现在结束秒杀吗？观众将无法再以秒杀价购买。</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="131"/>
        <source>No coupon selected</source>
        <translation>没有选中优惠券</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="146"/>
        <source>No lottery to draw</source>
        <translation>没有可以开奖的福袋</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="149"/>
        <source>Draw %1 winners now? Entries close and the result is final.</source>
        <translation>现在抽出 %1 名中奖者吗？参与将截止，结果不可更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="157"/>
        <source>Select the winner to replace</source>
        <translation>请选择要替换的中奖者</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="159"/>
        <source>Re-draw</source>
        <translation>重抽</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="159"/>
        <source>Why is this prize drawn again?</source>
        <translation>为什么要重抽这个奖品？</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="160"/>
        <source>not claimed within 48 hours</source>
        <translation>48 小时内未领奖</translation>
    </message>
    <message>
        <location filename="../../app/ui/commerce_panel.py" line="45"/>
        <source>stock</source>
        <translation>库存</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <location filename="../../app/studio/compliance.py" line="31"/>
        <source>absolute claim (广告法 Art. 9)</source>
        <translation>绝对化用语（广告法第九条）</translation>
    </message>
    <message>
        <location filename="../../app/studio/compliance.py" line="32"/>
        <source>medical claim for a product that is not a medicine</source>
        <translation>非药品宣称医疗功效</translation>
    </message>
    <message>
        <location filename="../../app/studio/compliance.py" line="33"/>
        <source>promise of a result or guarantee</source>
        <translation>承诺效果或保证</translation>
    </message>
    <message>
        <location filename="../../app/studio/compliance.py" line="34"/>
        <source>sends viewers off the platform</source>
        <translation>引导观众到站外</translation>
    </message>
    <message>
        <location filename="../../app/studio/compliance.py" line="35"/>
        <source>banned on the platform</source>
        <translation>平台禁用</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_marks.py" line="54"/>
        <source>Check this line</source>
        <translation>请检查这句话</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_marks.py" line="55"/>
        <source>This line has words the advertising law or the platform does not allow. Send it to the host anyway?</source>
        <translation>这句话含有广告法或平台不允许的用语。仍要发给主播吗？</translation>
    </message>
</context>
<context>
    <name>ControlBridge</name>
    <message>
        <location filename="../../app/studio/bridge.py" line="49"/>
        <source>the studio is quitting: this was not done</source>
        <translation>直播间主机正在退出：这个操作没有执行</translation>
    </message>
</context>
<context>
    <name>CouponDesk</name>
    <message>
        <location filename="../../app/studio/coupons.py" line="63"/>
        <source>Coupon: %1 off orders over %2</source>
        <translation>优惠券：满 %2 减 %1</translation>
    </message>
    <message>
        <location filename="../../app/studio/coupons.py" line="64"/>
        <source>Coupon: %1 off</source>
        <translation>优惠券：立减 %1</translation>
    </message>
    <message>
        <location filename="../../app/studio/coupons.py" line="70"/>
        <source>no such coupon</source>
        <translation>没有这张优惠券</translation>
    </message>
    <message>
        <location filename="../../app/studio/coupons.py" line="76"/>
        <source>the coupon is already stopped</source>
        <translation>优惠券已经停止</translation>
    </message>
</context>
<context>
    <name>CuePrompt</name>
    <message>
        <location filename="../../app/ui/cue_prompt.py" line="55"/>
        <source>⏰ Plan: %1 — click to set it up</source>
        <translation>⏰ 计划：%1 —— 点此按计划设置</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <location filename="../../app/ui/application.py" line="68"/>
        <source>Another LiveDeck studio is using this data folder.</source>
        <translation>另一个 LiveDeck 工作室正在使用这个数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="70"/>
        <source>Open another folder…</source>
        <translation>打开其他文件夹…</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="76"/>
        <source>Choose a data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
</context>
<context>
    <name>Downtime</name>
    <message>
        <location filename="../../app/studio/downtime.py" line="53"/>
        <source>from must be after the start and before to, to not in the future</source>
        <translation>from 须在开播之后、to 之前，to 不能晚于现在</translation>
    </message>
</context>
<context>
    <name>FeedDelegate</name>
    <message>
        <location filename="../../app/ui/feed_model.py" line="32"/>
        <source>No.%1 · %2</source>
        <translation>%1号 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="248"/>
        <source>(removed by the platform)</source>
        <translation>（平台已删除）</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="255"/>
        <source>Q</source>
        <translation>问</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="261"/>
        <source>no such link</source>
        <translation>没有这个链接</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="263"/>
        <source>complaint</source>
        <translation>差评</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="265"/>
        <source>compliance</source>
        <translation>违规词</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="267"/>
        <source>order</source>
        <translation>下单</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="269"/>
        <source>room ended</source>
        <translation>已下播</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="271"/>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
</context>
<context>
    <name>FeedDesk</name>
    <message>
        <location filename="../../app/studio/feed_cmds.py" line="28"/>
        <source>relays must be a list</source>
        <translation>relays 必须是列表</translation>
    </message>
    <message>
        <location filename="../../app/studio/feed_cmds.py" line="32"/>
        <source>each relay is an object with format, url and channel</source>
        <translation>每个数据源是一个含 format、url 和 channel 的对象</translation>
    </message>
    <message>
        <location filename="../../app/studio/feed_cmds.py" line="37"/>
        <source>unknown relay format</source>
        <translation>未知的数据源格式</translation>
    </message>
    <message>
        <location filename="../../app/studio/feed_cmds.py" line="39"/>
        <source>Each relay needs a ws:// or wss:// URL, and Twitch a channel.</source>
        <translation>每个数据源都需要 ws:// 或 wss:// 地址，Twitch 还需要频道名。</translation>
    </message>
    <message>
        <location filename="../../app/studio/feed_cmds.py" line="90"/>
        <source>comment_id must be a number</source>
        <translation>comment_id 必须是数字</translation>
    </message>
    <message>
        <location filename="../../app/studio/feed_cmds.py" line="107"/>
        <source>muted must be true or false</source>
        <translation>muted 必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../../app/studio/feed_cmds.py" line="119"/>
        <source>relays are not available here</source>
        <translation>此处无法设置数据源</translation>
    </message>
</context>
<context>
    <name>FeedModel</name>
    <message>
        <location filename="../../app/ui/feed_model.py" line="83"/>
        <source>sent %1 × %2</source>
        <translation>送出 %1 × %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="85"/>
        <source>ordered %1 × %2</source>
        <translation>下单 %1 × %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="87"/>
        <source>followed</source>
        <translation>关注了主播</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="89"/>
        <source>shared the room</source>
        <translation>分享了直播间</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_model.py" line="91"/>
        <source>The platform says the room has ended</source>
        <translation>平台提示：直播间已下播</translation>
    </message>
</context>
<context>
    <name>FeedTabs</name>
    <message>
        <location filename="../../app/ui/feed_tabs.py" line="27"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_tabs.py" line="28"/>
        <source>Feed health</source>
        <translation>数据源状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_tabs.py" line="29"/>
        <source>Sales</source>
        <translation>成交</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_tabs.py" line="30"/>
        <source>Questions</source>
        <translation>问答</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_tabs.py" line="31"/>
        <source>Poll</source>
        <translation>投票</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_tabs.py" line="32"/>
        <source>Scripts</source>
        <translation>话术</translation>
    </message>
</context>
<context>
    <name>FeedView</name>
    <message>
        <location filename="../../app/ui/feed_view.py" line="106"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="106"/>
        <source>Questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="72"/>
        <location filename="../../app/ui/feed_view.py" line="107"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="107"/>
        <source>Gifts &amp; orders</source>
        <translation>礼物和订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="108"/>
        <source>Product mentions</source>
        <translation>提到商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="115"/>
        <source>Search comments or users</source>
        <translation>搜索评论或用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="118"/>
        <source>Keywords to highlight, separated by commas</source>
        <translation>要高亮的关键词，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="80"/>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="81"/>
        <source>Remove the pinned comment from the host view</source>
        <translation>从主播屏移除置顶评论</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="170"/>
        <source>Paused · %1 new ↓ (End)</source>
        <translation>已暂停 · 新到 %1 条 ↓（End 继续）</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="112"/>
        <source>Any product</source>
        <translation>任意商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="221"/>
        <source>Pinned on the host view: %1</source>
        <translation>主播屏置顶：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="259"/>
        <source>Pinned to the host view</source>
        <translation>已置顶到主播提词屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="264"/>
        <source>Unpinned</source>
        <translation>已取消置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="267"/>
        <source>Host screen cleared</source>
        <translation>主播屏已清空</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="282"/>
        <source>Queued to be read aloud</source>
        <translation>已加入朗读队列</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="284"/>
        <source>Not read aloud: speech is muted or a few comments are already waiting</source>
        <translation>未朗读：语音已静音，或已有几条评论在排队</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="292"/>
        <source>Pin to host view</source>
        <translation>置顶到主播提词屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="293"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="294"/>
        <source>Unpin from host view</source>
        <translation>从主播屏取消置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="296"/>
        <source>Clear host screen</source>
        <translation>清空主播屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="297"/>
        <source>History of %1…</source>
        <translation>%1 的历史评论…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="300"/>
        <source>Unblock %1</source>
        <translation>取消屏蔽 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="302"/>
        <source>Block %1 (hide their comments)</source>
        <translation>屏蔽 %1（隐藏其评论）</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="310"/>
        <source>Block viewer</source>
        <translation>屏蔽观众</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="311"/>
        <source>Hide comments from %1 in this feed? Use this for spam and abuse only: criticism of products stays visible, as the live-commerce rules require. Nothing is deleted.</source>
        <translation>在评论区隐藏 %1 的评论？仅用于垃圾广告和辱骂：按直播营销规定，对商品的批评仍会显示。不会删除任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="318"/>
        <source>%1 blocked</source>
        <translation>已屏蔽 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="322"/>
        <source>%1 unblocked</source>
        <translation>已取消屏蔽 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="342"/>
        <source>%1 — history</source>
        <translation>%1 — 历史评论</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="347"/>
        <source>No comments yet</source>
        <translation>还没有评论</translation>
    </message>
</context>
<context>
    <name>FlashSaleDesk</name>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="103"/>
        <source>Flash sale for %1 in %2 seconds</source>
        <translation>%1 秒杀，%2 秒后开始</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="110"/>
        <source>no flash sale is running</source>
        <translation>没有进行中的秒杀</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="121"/>
        <source>%1 is sold out</source>
        <translation>%1 已售罄</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="128"/>
        <source>delta must not be zero</source>
        <translation>调整数量不能为 0</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="187"/>
        <source>Flash sale is live: %1 at %2</source>
        <translation>秒杀开始：%1 只要 %2</translation>
    </message>
    <message>
        <location filename="../../app/studio/flash_sale.py" line="190"/>
        <source>Ten seconds left in the flash sale</source>
        <translation>秒杀还剩十秒</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../../app/ui/feed_health.py" line="28"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="28"/>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="28"/>
        <source>Per second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="29"/>
        <source>Last event</source>
        <translation>最近事件</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="29"/>
        <source>Reconnects</source>
        <translation>重连次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="29"/>
        <source>Malformed</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="30"/>
        <source>Not stored</source>
        <translation>未存储</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="45"/>
        <source>%1 events · %2/s · %3 duplicates dropped · %4 malformed · %5 viewers online</source>
        <translation>%1 条事件 · %2 条/秒 · 去重 %3 条 · 格式错误 %4 条 · 在线 %5 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="49"/>
        <source>%1 events from anonymous viewers (never lottery entrants)</source>
        <translation>%1 条来自匿名观众的事件（不参与抽奖）</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="52"/>
        <source>The platform says the room has ended (%1)</source>
        <translation>平台提示：直播间已下播（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="55"/>
        <source>%1 rows could not be stored and were set aside (dead letters): %2</source>
        <translation>%1 行无法保存，已另行留存（死信）：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_health.py" line="69"/>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
</context>
<context>
    <name>Host</name>
    <message>
        <location filename="../../app/studio/host.py" line="15"/>
        <source>the message is empty</source>
        <translation>消息为空</translation>
    </message>
    <message>
        <location filename="../../app/studio/host.py" line="16"/>
        <source>the message is longer than 80 characters</source>
        <translation>消息超过 80 个字</translation>
    </message>
    <message>
        <location filename="../../app/studio/host.py" line="38"/>
        <source>flash must be true or false</source>
        <translation>flash 只能是 true 或 false</translation>
    </message>
    <message>
        <location filename="../../app/studio/host.py" line="45"/>
        <source>the host view is already clear</source>
        <translation>主播屏已经是空的</translation>
    </message>
</context>
<context>
    <name>HostScreen</name>
    <message>
        <location filename="../../app/core/host_screen.py" line="47"/>
        <source>Flash sale · %1 %2 · coming up · %3 pieces</source>
        <translation>秒杀 · %1 %2 · 即将开始 · %3 件</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="48"/>
        <source>Flash sale · %1 %2 · starts in %3</source>
        <translation>秒杀 · %1 %2 · %3 后开抢</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="49"/>
        <source>Flash sale · %1 %2 · only %3 left · %4</source>
        <translation>秒杀 · %1 %2 · 仅剩%3件 · %4</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="50"/>
        <source>Flash sale · %1 · sold out · %2 sold</source>
        <translation>秒杀 · %1 · 已售罄 · 共售出 %2 件</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="51"/>
        <source>Flash sale · %1 %2</source>
        <translation>秒杀 · %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="52"/>
        <source>starts in… get the room counting</source>
        <translation>开抢倒计时 · 带大家一起数</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="53"/>
        <source>GO!</source>
        <translation>开抢！</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="54"/>
        <source>only %1 left · %2</source>
        <translation>仅剩%1件 · %2</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="55"/>
        <source>Coupon · %1 · %2 · %3 left · %4</source>
        <translation>优惠券 · %1 · %2 · 剩 %3 张 · %4</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="56"/>
        <source>%1 off</source>
        <translation>立减 %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="57"/>
        <source>%1 off orders over %2</source>
        <translation>满 %2 减 %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="58"/>
        <source>every product</source>
        <translation>全场通用</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="59"/>
        <source>Lottery · %1 · type “%2” · %3 entered · %4</source>
        <translation>福袋 · %1 · 评论“%2” · 已有 %3 人参与 · %4</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="60"/>
        <source>any comment</source>
        <translation>任意评论</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="61"/>
        <source>🎉 Lottery · %1 won by %2</source>
        <translation>🎉 福袋 · %1 中奖：%2</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="62"/>
        <source>🎉 Winners · %1</source>
        <translation>🎉 中奖名单 · %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="63"/>
        <source>read the names out</source>
        <translation>请念出中奖者的名字</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="64"/>
        <source>Poll: %1 · %2%3</source>
        <translation>投票：%1 · %2%3</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="65"/>
        <source>Poll result: %1 · %2</source>
        <translation>投票结果：%1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="66"/>
        <source>Poll closed · %1</source>
        <translation>投票结束 · %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="67"/>
        <source>%1 votes of %2 voters</source>
        <translation>%2 人投票，得 %1 票</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="68"/>
        <source>❓ Answer now: %1%2%3</source>
        <translation>❓ 现在回答：%1%2%3</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="69"/>
        <source>❓ Answer now</source>
        <translation>❓ 现在回答</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="70"/>
        <source>asked %1×</source>
        <translation>%1 人在问</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="71"/>
        <source>⏰ %1</source>
        <translation>⏰ %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="72"/>
        <source>The platform says the room has ended (%1)</source>
        <translation>平台通知直播间已结束（%1）</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="73"/>
        <source>The app was down %1 min (%2–%3): the clocks went on in real time</source>
        <translation>应用中断 %1 分钟（%2–%3），计时按实际时间继续</translation>
    </message>
    <message>
        <location filename="../../app/core/host_screen.py" line="74"/>
        <source>The app was down %1 s (%2–%3): the clocks went on in real time</source>
        <translation>应用中断 %1 秒（%2–%3），计时按实际时间继续</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="28"/>
        <source>On air %1</source>
        <translation>已播 %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="29"/>
        <source>Planned end %1 · projected %2</source>
        <translation>计划结束 %1 · 预计 %2</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="30"/>
        <source>Link %1</source>
        <translation>%1号链接</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="31"/>
        <source>Stock left %1</source>
        <translation>剩余库存 %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="32"/>
        <source>Stock %1</source>
        <translation>库存 %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="33"/>
        <source>Sold out</source>
        <translation>售罄</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="34"/>
        <source>Deal %1</source>
        <translation>秒杀 %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="35"/>
        <source>%1 left · %2</source>
        <translation>剩 %1 件 · %2</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="36"/>
        <source>Encore</source>
        <translation>返场</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="37"/>
        <source>Next: %1</source>
        <translation>下一个：%1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="38"/>
        <source>Last item</source>
        <translation>最后一个商品</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="39"/>
        <source>No show open</source>
        <translation>没有打开的直播</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="41"/>
        <location filename="../../app/core/host_texts.py" line="42"/>
        <source>time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="43"/>
        <source>wrap up</source>
        <translation>准备收尾</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="44"/>
        <source>overtime</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="46"/>
        <source>paused · over time</source>
        <translation>已暂停 · 已超时</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="47"/>
        <source>paused · time left</source>
        <translation>已暂停 · 剩余</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="48"/>
        <source>Not on air yet</source>
        <translation>尚未开播</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="49"/>
        <source>Planned start %1 · planned end %2</source>
        <translation>计划开播 %1 · 计划结束 %2</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="50"/>
        <source>to the planned start</source>
        <translation>距计划开播</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="51"/>
        <source>past the planned start</source>
        <translation>已过计划开播</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="52"/>
        <source>No planned start set</source>
        <translation>未设开播时间</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="53"/>
        <source>not on air yet</source>
        <translation>尚未开播</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="54"/>
        <source>First: %1</source>
        <translation>第一个：%1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="55"/>
        <source>Add products to the run-sheet, then start the show (F5).</source>
        <translation>先在排品单添加商品，再开播（F5）。</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="56"/>
        <source>Show ended · %1</source>
        <translation>直播已结束 · %1</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="57"/>
        <source>Ended %1 · planned end %2</source>
        <translation>结束于 %1 · 计划结束 %2</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="58"/>
        <source>Show ended</source>
        <translation>直播已结束</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="59"/>
        <source>over the plan</source>
        <translation>超出计划</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="60"/>
        <source>under the plan</source>
        <translation>早于计划</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="61"/>
        <source>on time</source>
        <translation>准时</translation>
    </message>
    <message>
        <location filename="../../app/core/host_texts.py" line="62"/>
        <source>Thank you! The show ended at %1 after %2 on air, with %3 items.</source>
        <translation>辛苦了！直播于 %1 结束，共播 %2，讲了 %3 个商品。</translation>
    </message>
</context>
<context>
    <name>HostView</name>
    <message>
        <location filename="../../app/ui/host_view.py" line="65"/>
        <source>LiveDeck — Host view</source>
        <translation>LiveDeck — 主播提词屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="277"/>
        <source>Page %1/%2 ▸</source>
        <translation>第 %1/%2 页 ▸</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../app/ui/import_messages.py" line="10"/>
        <source>sheet &quot;%1&quot;, header on row %2</source>
        <translation>工作表“%1”，表头在第 %2 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="11"/>
        <source>sheet &quot;%1&quot; skipped: not the product list</source>
        <translation>工作表“%1”已跳过：不是商品表</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="12"/>
        <source>columns not used: %1</source>
        <translation>未使用的列：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="13"/>
        <source>%1: skipped: %2</source>
        <translation>第 %1 行：跳过：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="14"/>
        <source>%1: imported (%2): %3</source>
        <translation>第 %1 行：已导入（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="15"/>
        <source>%1: warning: %2</source>
        <translation>第 %1 行：提醒：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="16"/>
        <source>the header repeated</source>
        <translation>重复的表头</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="17"/>
        <source>a totals row, not a product</source>
        <translation>合计行，不是商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="18"/>
        <source>hidden in the sheet (a filter or hidden rows); not read</source>
        <translation>在表格中被隐藏（筛选或隐藏行），未读取</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="19"/>
        <source>the stock of some specs is not known: the item&apos;s stock is left empty, not their sum</source>
        <translation>部分规格的库存未知：该商品库存留空，不按已知规格相加</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="20"/>
        <source>%1 is a formula with no saved result: open and save the file in Excel/WPS, then import again</source>
        <translation>%1是公式，文件里没有计算结果：请在 Excel/WPS 中打开并保存后再导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="22"/>
        <source>%1 cells of sheet &quot;%2&quot; are formulas with no saved result: open and save the file in Excel/WPS, then import again</source>
        <translation>工作表“%2”有 %1 个单元格是公式，文件里没有计算结果：请在 Excel/WPS 中打开并保存后再导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="24"/>
        <source>a %1 segment, not a product</source>
        <translation>%1环节，不是商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="25"/>
        <source>a note, not a product (under the table)</source>
        <translation>表格下方的备注，不是商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="26"/>
        <source>a note, not a product</source>
        <translation>备注，不是商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="27"/>
        <source>no product title</source>
        <translation>没有商品标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="28"/>
        <source>no product in this slot (%1)</source>
        <translation>这个位置没有商品（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="29"/>
        <source>返场, revisit of row %1</source>
        <translation>返场，即第 %1 行的商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="30"/>
        <source>返场</source>
        <translation>返场</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="31"/>
        <source>pulled (已撤品): kept on the sheet, not to be sold; %1</source>
        <translation>已撤品：保留在排品表中，不售卖；%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="32"/>
        <source>pulled (已撤品): kept on the sheet, not to be sold</source>
        <translation>已撤品：保留在排品表中，不售卖</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="33"/>
        <source>another spec of row %1, folded into it</source>
        <translation>第 %1 行商品的另一个规格，已合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="34"/>
        <source>price &quot;%1&quot; left empty</source>
        <translation>价格“%1”留空</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="35"/>
        <source>stock &quot;%1&quot;: 0</source>
        <translation>库存“%1”：记为 0</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="36"/>
        <source>stock &quot;%1&quot; is not a number; left empty</source>
        <translation>库存“%1”不是数字，留空</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="37"/>
        <source>stock &quot;%1&quot; is per spec; %2 (the sum) used</source>
        <translation>库存“%1”按规格分列，取合计 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="38"/>
        <source>cart number &quot;%1&quot; is not a number like 3 or 8/9</source>
        <translation>链接号“%1”不是 3 或 8/9 这样的数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="39"/>
        <source>product ID &apos;%1&apos; looks rounded by a spreadsheet; copy it again from the platform console</source>
        <translation>商品ID“%1”疑似被表格软件四舍五入，请从平台后台重新复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="40"/>
        <source>product ID &quot;%1&quot; is not a number; left empty</source>
        <translation>商品ID“%1”不是数字，留空</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="41"/>
        <source>返场 of &quot;%1&quot;, which is not earlier on this sheet</source>
        <translation>返场商品“%1”在表中前面没有出现</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="42"/>
        <source>list price &quot;%1&quot;: %2 used (the lowest)</source>
        <translation>日常价“%1”：取最低 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="43"/>
        <source>live price &quot;%1&quot;: %2 used (the lowest)</source>
        <translation>直播价“%1”：取最低 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="44"/>
        <source>the live price is above the list price</source>
        <translation>直播价高于日常价</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="45"/>
        <source>minutes &quot;%1&quot; is not a duration; %2 kept</source>
        <translation>讲解时长“%1”不是时长，保留 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="47"/>
        <source>product ID %1 taken from the product link</source>
        <translation>商品ID %1 取自商品链接</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="48"/>
        <source>commission &quot;%1&quot; is not a rate</source>
        <translation>佣金“%1”不是比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="49"/>
        <source>%1 is longer than %2 characters; cut</source>
        <translation>%1 超过 %2 个字符，已截断</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="50"/>
        <source>cue &quot;%1&quot; is not &quot;M:SS text&quot;</source>
        <translation>提示“%1”不是“分:秒 内容”格式</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="52"/>
        <source>%1:%2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="53"/>
        <source>price &quot;%1&quot; is not a number</source>
        <translation>价格“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="54"/>
        <source>price &quot;%1&quot; must be zero or more</source>
        <translation>价格“%1”不能小于 0</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="55"/>
        <source>price &quot;%1&quot; is above %2 yuan</source>
        <translation>价格“%1”超过 %2 元</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="56"/>
        <source>stock &quot;%1&quot; is not a whole number below %2</source>
        <translation>库存“%1”不是小于 %2 的整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="57"/>
        <source>stock &quot;%1&quot; is not a whole number of zero or more</source>
        <translation>库存“%1”不是大于等于 0 的整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="58"/>
        <source>stock &quot;%1&quot; is not a whole number</source>
        <translation>库存“%1”不是整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="59"/>
        <source>no header row with a product title column (商品标题 / 商品名称 / 品名 / name) in the first rows; the likeliest header reads %1 (the app maps such columns by hand)</source>
        <translation>前几行里没有带商品标题列（商品标题 / 商品名称 / 品名 / name）的表头；最像表头的一行是 %1（可在软件里手动对应各列）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="61"/>
        <source>no header row with a product title column (商品标题 / 商品名称 / 品名 / name) in the first rows</source>
        <translation>前几行里没有带商品标题列（商品标题 / 商品名称 / 品名 / name）的表头</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="63"/>
        <source>no products under the header</source>
        <translation>表头下面没有商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="64"/>
        <source>sheet &quot;%1&quot;: %2</source>
        <translation>工作表“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="65"/>
        <source>file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="79"/>
        <source>product ID %1 taken from row %2 (the same product)</source>
        <translation>商品ID %1 取自第 %2 行（同一商品）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="80"/>
        <source>%1 &quot;%2&quot;: no row with cart number %3 above; left empty</source>
        <translation>%1“%2”：上方没有 %3 号链接的行，留空</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="81"/>
        <source>%1 &quot;%2&quot;: taken from row %3</source>
        <translation>%1“%2”：取自第 %3 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="82"/>
        <source>%1 &quot;%2&quot;: taken from the row above</source>
        <translation>%1“%2”：取自上一行</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="83"/>
        <source>stock &quot;%1&quot;: unlimited; left empty</source>
        <translation>库存“%1”：不限量，留空</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="84"/>
        <source>stock &quot;%1&quot;: %2 used (a guess)</source>
        <translation>库存“%1”：按 %2 计（估计值）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="85"/>
        <source>stock &quot;%1&quot; read as %2 (spaces between its thousands)</source>
        <translation>库存“%1”按 %2 读取（千位之间有空格）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="86"/>
        <source>live price &quot;%1&quot; read as %2 (spaces between its thousands)</source>
        <translation>直播价“%1”按 %2 读取（千位之间有空格）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="87"/>
        <source>list price &quot;%1&quot; read as %2 (spaces between its thousands)</source>
        <translation>日常价“%1”按 %2 读取（千位之间有空格）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="88"/>
        <source>price &quot;%1&quot; read as %2 (spaces between its thousands)</source>
        <translation>价格“%1”按 %2 读取（千位之间有空格）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="89"/>
        <source>sheet &quot;%1&quot;: SKU detail, %2 products in %3 SKU rows, %4 joined to the product list</source>
        <translation>工作表“%1”：SKU 明细，%3 行 SKU 共 %2 个商品，%4 个已并入商品清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="90"/>
        <source>sheet &quot;%1&quot;: %2 known columns, header on row %3, scored %4 against %5; not the product list (use --sheet to choose it)</source>
        <translation>工作表“%1”：识别出 %2 列，表头在第 %3 行，得分 %4（对比 %5）；不是商品清单（可用 --sheet 指定）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="92"/>
        <source>sheet &quot;%1&quot;: the marketing plan, %2 timed cues (福袋 / 发券 / 秒杀)</source>
        <translation>工作表“%1”：营销计划，%2 条定时提示（福袋 / 发券 / 秒杀）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="93"/>
        <source>sheet &quot;%1&quot;: the phrase list, %2 host-message presets</source>
        <translation>工作表“%1”：场控话术表，%2 条主播屏预设文案</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="94"/>
        <source>plan row %1 (%2) is a cue of %3 at %4</source>
        <translation>计划第 %1 行（%2）成为“%3”的提示，在 %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="95"/>
        <source>sheet &quot;%1&quot;: %2 known columns, %3 product rows (chosen)</source>
        <translation>工作表“%1”：识别出 %2 列，%3 行商品（已选用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="96"/>
        <source>no price column found: every price is 0.00; map the price column or fix the header</source>
        <translation>没有找到价格列：所有价格都是 0.00；请指定价格列或修改表头</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="97"/>
        <source>no stock column found: the stock of every product is left empty (not known)</source>
        <translation>没有找到库存列：所有商品的库存留空（未知）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="98"/>
        <source>sheet &quot;%1&quot;: no header found; not read</source>
        <translation>工作表“%1”：没有找到表头，未读取</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="99"/>
        <source>sheets read: %1</source>
        <translation>已读取的工作表：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="100"/>
        <source>no sheet &quot;%1&quot; (the sheets: %2)</source>
        <translation>没有工作表“%1”（现有：%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="101"/>
        <source>unknown file type &quot;%1&quot; (use .csv, .xlsx, .xls, .xlsb or .ods)</source>
        <translation>不支持的文件类型“%1”（请用 .csv、.xlsx、.xls、.xlsb 或 .ods）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="102"/>
        <source>not a readable workbook (%1)</source>
        <translation>无法读取的工作簿（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="103"/>
        <source>sheet &quot;%1&quot; declares %2 rows and %3 columns; refused</source>
        <translation>工作表“%1”声明了 %2 行 %3 列；拒绝导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="104"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="105"/>
        <source>%1: cannot be read: %2</source>
        <translation>第 %1 行：无法读取：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="106"/>
        <source>a template row (Mandatory / Optional), not a product</source>
        <translation>模板说明行（必填 / 选填），不是商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="107"/>
        <source>this looks like a post-show console export (%1 …), not a run-sheet: for sales figures use the Sales tab&apos;s console import</source>
        <translation>这看起来是直播后的罗盘/中控台导出（%1 …），不是排品表：成交数据请在“成交”页导入中控台导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="109"/>
        <source>a description row under the header, not a product</source>
        <translation>表头下的填写说明行，不是商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="110"/>
        <source>link &quot;%1&quot; has no address (a hyperlink this file format does not keep?); left empty</source>
        <translation>链接“%1”没有网址（该文件格式不保存超链接？）；留空</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="111"/>
        <source>price &quot;%1&quot; is a promotion, not a price</source>
        <translation>价格“%1”是优惠规则，不是价格</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="112"/>
        <source>cue &quot;%1&quot; is more than %2 hours into the product; left out</source>
        <translation>提示“%1”在讲品开始 %2 小时之后，未导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="113"/>
        <source>cue &quot;%1…&quot; is longer than %2 characters; cut</source>
        <translation>提示“%1…”超过 %2 个字，已截断</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="114"/>
        <source>an Excel 2003 XML file named .xls: open it in Excel or WPS and save it as .xlsx</source>
        <translation>这是改名为 .xls 的 Excel 2003 XML 文件：请用 Excel 或 WPS 打开，另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="115"/>
        <source>sheet &quot;%1&quot; is hidden in the workbook; read because no visible sheet has products</source>
        <translation>工作表“%1”在工作簿中是隐藏的；因为没有可见的工作表含商品，已读取它</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="116"/>
        <source>sheet &quot;%1&quot; is hidden in the workbook; not read (use --sheet to choose it)</source>
        <translation>工作表“%1”在工作簿中是隐藏的，未读取（可用 --sheet 指定）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="117"/>
        <source>a web page (HTML) named .xls with no table in it: open it in Excel or WPS and save it as .xlsx</source>
        <translation>这是改名为 .xls 的网页（HTML），其中没有表格：请用 Excel 或 WPS 打开，另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="119"/>
        <source>status &quot;%1&quot; is not a status the import knows; kept on sale</source>
        <translation>状态“%1”无法识别；按在售处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="120"/>
        <source>price &quot;%1&quot; is not set yet; type the price the host says</source>
        <translation>价格“%1”尚未确定；请填写主播要报的价格</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="121"/>
        <source>this spec costs %1, the one on row %2 %3: the lowest is the live price; each spec&apos;s price is in the notes</source>
        <translation>此规格价格 %1，第 %2 行的规格 %3：取最低价为直播价；各规格价格见备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="123"/>
        <source>minutes &quot;%1&quot; read as %2 minutes (minutes:seconds, not hours:minutes)</source>
        <translation>时长“%1”按 %2 分钟读取（分:秒，而非 时:分）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="66"/>
        <source>file is neither UTF-8 nor GB18030 text</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 编码的文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="46"/>
        <source>minutes &quot;%1&quot; must be between %2 and %3; %4 kept</source>
        <translation>讲解时长“%1”须在 %2 到 %3 分钟之间，保留 %4 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="67"/>
        <source>more than %1 rows</source>
        <translation>超过 %1 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="68"/>
        <source>not a readable XLSX workbook (%1)</source>
        <translation>不是可读取的 XLSX 工作簿（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="69"/>
        <source>sheet &quot;%1&quot; has more than %2 rows</source>
        <translation>工作表“%1”超过 %2 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="70"/>
        <source>cannot read the file (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="71"/>
        <source>the file is %1 MB; sheets up to %2 MB are imported</source>
        <translation>文件大小为 %1 MB；只能导入不超过 %2 MB 的表格</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="72"/>
        <source>the workbook unpacks to %1 MB in %2 parts; up to %3 MB are imported</source>
        <translation>工作簿解压后为 %1 MB（%2 个部分）；只能导入解压后不超过 %3 MB 的工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="73"/>
        <source>sheet %1 has more than %2 rows; split it</source>
        <translation>第 %1 个工作表超过 %2 行，请拆分</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="74"/>
        <source>the file has more than %1 rows; split it</source>
        <translation>文件超过 %1 行，请拆分</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="75"/>
        <source>no product ID column (商品ID) in the console export</source>
        <translation>后台导出表中没有商品ID列（商品ID）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="76"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="77"/>
        <source>%1 (and %2 more sheets without product IDs)</source>
        <translation>%1（另有 %2 个工作表没有商品ID）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="124"/>
        <source>price &quot;%1&quot; could be one number with spaces between its thousands or several numbers: type it without the spaces, or with &quot; / &quot; between the numbers</source>
        <translation>价格“%1”可能是用空格分千位的一个数，也可能是几个数：请去掉空格重新输入，或用“ / ”隔开各个数</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="126"/>
        <source>stock &quot;%1&quot; could be one number with spaces between its thousands or several numbers: type it without the spaces, or with &quot; / &quot; between the numbers</source>
        <translation>库存“%1”可能是用空格分千位的一个数，也可能是几个数：请去掉空格重新输入，或用“ / ”隔开各个数</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="128"/>
        <source>no row has a price (columns read: %1): every price is 0.00; map the price column or fix the sheet</source>
        <translation>没有任何一行有价格（已读取的列：%1）：所有价格都是 0.00；请指定价格列或修改表格</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="130"/>
        <source>run order &quot;%1&quot; is not a number: placed after run order %2 (the highest above it)</source>
        <translation>序号“%1”不是数字：已排在序号 %2 之后（它上方最大的序号）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="131"/>
        <source>run order &quot;%1&quot; is not a number: placed first (no number above it)</source>
        <translation>序号“%1”不是数字：已排在最前（它上方没有序号）</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../../app/ui/window_widgets.py" line="32"/>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_widgets.py" line="34"/>
        <source>Nothing was imported from %1. Fix these rows and import again:</source>
        <translation>%1 未导入任何内容。请修正以下各行后重新导入：</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="159"/>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="160"/>
        <source>%1 products imported, %2 rows skipped, %3 warnings.</source>
        <translation>导入 %1 个商品，跳过 %2 行，%3 条提醒。</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="176"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="178"/>
        <source>Import this instead</source>
        <translation>改为导入这个</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="180"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../app/ui/column_mapping.py" line="182"/>
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
</context>
<context>
    <name>LotteryDesk</name>
    <message>
        <location filename="../../app/studio/lottery.py" line="49"/>
        <source>another lottery is open; draw, cancel or close it first</source>
        <translation>另一个抽奖正在进行；请先开奖、取消或关闭它</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="52"/>
        <source>the lottery needs a prize</source>
        <translation>请填写奖品</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="57"/>
        <source>match is exact or contains</source>
        <translation>匹配方式为完全一致或包含</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="81"/>
        <source>Lottery open: type %1 to enter</source>
        <translation>福袋开始啦，评论“%1”参与</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="81"/>
        <source>Lottery open</source>
        <translation>福袋开始啦</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="98"/>
        <source>no lottery in a state for that</source>
        <translation>当前福袋状态不能执行此操作</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="104"/>
        <source>the entrants are still being read back; try again in a moment</source>
        <translation>正在读取参与名单，请稍后再试</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="140"/>
        <source>the lottery&apos;s seed is missing</source>
        <translation>找不到福袋的随机种子</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="146"/>
        <location filename="../../app/studio/lottery.py" line="150"/>
        <source>nobody has entered the lottery; cancel it instead</source>
        <translation>没有人参与抽奖；请取消它</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="154"/>
        <source>the entrant list changed after it was frozen</source>
        <translation>参与名单在冻结后被改动</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="159"/>
        <source>Congratulations %1, you won %2</source>
        <translation>恭喜 %1 抽中 %2</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="167"/>
        <source>a re-draw needs a reason</source>
        <translation>重抽需要填写原因</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="170"/>
        <source>that viewer is not a winner</source>
        <translation>该观众不是中奖者</translation>
    </message>
    <message>
        <location filename="../../app/studio/lottery.py" line="181"/>
        <source>New winner: %1</source>
        <translation>新的中奖者：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/window_base.py" line="25"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_base.py" line="25"/>
        <source>LIVE</source>
        <translation>直播中</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_base.py" line="26"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>Run-sheet</source>
        <translation>排品单</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>On air</source>
        <translation>直播中控</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>Shows</source>
        <translation>节目</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>New show…</source>
        <translation>新建节目…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="128"/>
        <source>Nothing to put on air yet</source>
        <translation>还没有可以开播的内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129"/>
        <source>Add products to the run-sheet (or import a product sheet), then start the show with F5.</source>
        <translation>先在排品单添加商品（或导入商品表），再按 F5 开播。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130"/>
        <source>Go to the run-sheet</source>
        <translation>去排品单</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131"/>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>Import a product sheet…</source>
        <translation>导入商品表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>The review is on the studio&apos;s own desk</source>
        <translation>复盘只在主控电脑上</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>The 复盘 reads every comment and order in the studio&apos;s database: open it on the studio&apos;s PC.</source>
        <translation>复盘要读取主控电脑数据库里的全部评论和订单：请在主控电脑上打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Products</source>
        <translation>商品库</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>Welcome to LiveDeck</source>
        <translation>欢迎使用 LiveDeck</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>Prepare a live-commerce show: its products in running order, the host&apos;s screen, the comments, flash sales, coupons and lotteries.</source>
        <translation>准备一场直播带货：按顺序排好商品，主播提词屏、评论、秒杀、优惠券和福袋都在这里。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>Open the demo show</source>
        <translation>打开演示直播</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n 个商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>Import refused: %n bad rows</source>
        <translation>
            <numerusform>导入被拒绝：%n 行有误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="210"/>
        <source>Imported %n products</source>
        <translation>
            <numerusform>已导入 %n 个商品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../app/ui/window_widgets.py" line="61"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OnAir</name>
    <message>
        <location filename="../../app/studio/onair.py" line="39"/>
        <source>Now: %1</source>
        <translation>正在讲：%1</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="47"/>
        <source>every item has been on air; end the show instead</source>
        <translation>所有商品都已讲解过；请结束直播</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="56"/>
        <source>this is the first item</source>
        <translation>这是第一个商品</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="65"/>
        <source>item %1 is not on the run-sheet</source>
        <translation>商品 %1 不在排品单上</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="69"/>
        <source>index %1 is outside the run-sheet</source>
        <translation>序号 %1 超出排品单范围</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="71"/>
        <source>that item is on air now</source>
        <translation>该商品正在讲解中</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="77"/>
        <source>the timer is already paused</source>
        <translation>计时已经暂停</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="84"/>
        <source>the timer is not paused</source>
        <translation>计时没有暂停</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="92"/>
        <source>seconds must be non-zero and at most an hour either way</source>
        <translation>秒数不能为 0，且前后调整不超过一小时</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="102"/>
        <source>comment %1 not found</source>
        <translation>找不到评论 %1</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="121"/>
        <source>nothing is pinned</source>
        <translation>没有置顶的评论</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="143"/>
        <source>One minute left</source>
        <translation>还剩一分钟</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="146"/>
        <source>Overtime</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../app/studio/onair.py" line="148"/>
        <source>, next: %1</source>
        <translation>，下一个：%1</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="107"/>
        <source>Start show</source>
        <translation>开播</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="108"/>
        <source>◀ Previous</source>
        <translation>◀ 上一个</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="109"/>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="110"/>
        <source>Pause / resume</source>
        <translation>暂停 / 继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="111"/>
        <source>−1 min</source>
        <translation>−1 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="112"/>
        <source>+1 min</source>
        <translation>+1 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="113"/>
        <location filename="../../app/ui/operator_panel.py" line="212"/>
        <source>End show</source>
        <translation>下播</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="148"/>
        <source>Double-click or Enter: go to this item</source>
        <translation>双击或回车：跳到这个商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="165"/>
        <source>Message to the host, or pick a stock line</source>
        <translation>给主播的消息，或选一句常用语</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="169"/>
        <source>flash</source>
        <translation>闪烁</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="171"/>
        <source>Flash the message to catch the host&apos;s eye</source>
        <translation>闪烁提示，让主播马上看到</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="172"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="174"/>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="175"/>
        <source>Remove the pinned comment from the host view</source>
        <translation>从主播屏移除置顶评论</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="177"/>
        <source>Clear host screen</source>
        <translation>清空主播屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="178"/>
        <source>Remove the message and the pinned comment from the host view</source>
        <translation>从主播屏移除消息和置顶评论</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="180"/>
        <source>Host screen</source>
        <translation>主播屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="69"/>
        <source>Run order (double-click or Enter to go to an item)</source>
        <translation>播出顺序（双击或回车切到该商品）</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="210"/>
        <source>The show is not live</source>
        <translation>节目未在直播</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="213"/>
        <source>End the show now? The clocks stop and this cannot be undone.</source>
        <translation>现在下播吗？计时将停止，且无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="223"/>
        <source>Sent to the host: %1</source>
        <translation>已发给主播：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="268"/>
        <source>On screen: %1</source>
        <translation>屏上：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="274"/>
        <source>Now: %1</source>
        <translation>正在讲：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="275"/>
        <source>No show open</source>
        <translation>未打开节目</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="276"/>
        <source>Next: %1</source>
        <translation>下一个：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="284"/>
        <source>Show clock %1 · over/under %2</source>
        <translation>直播时长 %1 · 超出/提前 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="289"/>
        <source>Planned start %1 · in %2</source>
        <translation>计划开播 %1 · 还有 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="293"/>
        <source>No planned start set</source>
        <translation>未设开播时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="294"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="295"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/run_order.py" line="34"/>
        <source>(%1 min)</source>
        <translation>（%1 分钟）</translation>
    </message>
    <message>
        <location filename="../../app/ui/run_order.py" line="35"/>
        <source>Link %1</source>
        <translation>%1号链接</translation>
    </message>
    <message>
        <location filename="../../app/ui/run_order.py" line="36"/>
        <source>↺ encore ×%1</source>
        <translation>↺ 返场 ×%1</translation>
    </message>
</context>
<context>
    <name>OverlayUrlsDialog</name>
    <message>
        <location filename="../../app/ui/settings.py" line="302"/>
        <source>Overlays for OBS</source>
        <translation>OBS 叠加页面</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="309"/>
        <source>Add each page to OBS as a Browser source, 1920×1080. The background is transparent. Put your own styles in overlay.css in the data folder, or add ?css=URL to an address.</source>
        <translation>在 OBS 中把每个页面添加为“浏览器”来源，尺寸 1920×1080，背景透明。自定义样式可放在数据文件夹的 overlay.css 中，或在地址后加 ?css=URL。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="323"/>
        <source>Copy</source>
        <translation>复制</translation>
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
        <translation>没有这条话术</translation>
    </message>
    <message>
        <location filename="../../app/studio/phrases.py" line="241"/>
        <source>no such item</source>
        <translation>没有这个商品</translation>
    </message>
</context>
<context>
    <name>PhrasesPanel</name>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="66"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="72"/>
        <source>The script group this item uses (Enter switches it)</source>
        <translation>这个商品使用的话术分组（回车切换）</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="86"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="87"/>
        <source>Put the selected line before the one above it (Alt+Up)</source>
        <translation>把选中的话术移到上一条前面（Alt+↑）</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="89"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="90"/>
        <source>Put the selected line after the one below it (Alt+Down)</source>
        <translation>把选中的话术移到下一条后面（Alt+↓）</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="97"/>
        <source>To host</source>
        <translation>发给主播</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="97"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="98"/>
        <source>Paste many…</source>
        <translation>批量粘贴…</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="98"/>
        <source>From a sheet…</source>
        <translation>从表格导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="104"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="196"/>
        <source>Move a script line</source>
        <translation>移动一条话术</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="208"/>
        <source>Switch script group</source>
        <translation>切换话术分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="228"/>
        <source>The line (variables: %1)</source>
        <translation>话术内容（变量：%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="229"/>
        <source>Add a line</source>
        <translation>添加话术</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="232"/>
        <source>Add a script line</source>
        <translation>添加一条话术</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="235"/>
        <source>Paste many lines</source>
        <translation>批量粘贴话术</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="236"/>
        <source>One line each; 【逼单】 in front sets the kind</source>
        <translation>每行一条；行首写【逼单】等可指定类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="238"/>
        <source>Paste script lines</source>
        <translation>粘贴话术</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="243"/>
        <location filename="../../app/ui/phrases_panel.py" line="263"/>
        <source>Script lines from a sheet</source>
        <translation>从表格导入话术</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="244"/>
        <source>Sheets (*.xlsx *.xls *.csv *.ods)</source>
        <translation>表格 (*.xlsx *.xls *.csv *.ods)</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="260"/>
        <source>No 话术 (script) column in that file</source>
        <translation>这个文件里没有话术列</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="265"/>
        <source>%1 lines added</source>
        <translation>已添加 %1 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/phrases_panel.py" line="270"/>
        <source>Remove a script line</source>
        <translation>删除一条话术</translation>
    </message>
</context>
<context>
    <name>PollPanel</name>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="60"/>
        <source>e.g. Which colour should we show next?</source>
        <translation>例如：下一个讲哪个颜色？</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="64"/>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="65"/>
        <source>Also counts (keywords, comma-separated)</source>
        <translation>也算投票的关键词（逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="68"/>
        <source>(unused)</source>
        <translation>（不用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="69"/>
        <source>votes: %1, 扣%1, %2</source>
        <translation>投票：%1、扣%1、%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="79"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="80"/>
        <source>until closed</source>
        <translation>手动结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="81"/>
        <source>Open poll</source>
        <translation>开始投票</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="83"/>
        <source>Close and show result</source>
        <translation>结束并公布结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="85"/>
        <location filename="../../app/ui/poll_panel.py" line="153"/>
        <source>Cancel poll</source>
        <translation>取消投票</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="86"/>
        <source>Discard the poll without a result</source>
        <translation>作废本次投票，不保留结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="90"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="92"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="93"/>
        <source>New poll (投票)</source>
        <translation>新投票</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="117"/>
        <source>Live tally</source>
        <translation>实时票数</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="154"/>
        <source>Discard this poll? Its votes are not kept.</source>
        <translation>作废这次投票？票数不会保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="168"/>
        <source>No poll running</source>
        <translation>没有进行中的投票</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="186"/>
        <source>%1 voted · %2</source>
        <translation>%1 人已投票 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="187"/>
        <source>open until closed</source>
        <translation>手动结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="188"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/poll_panel.py" line="190"/>
        <source>Closed · %1 voted</source>
        <translation>已结束 · %1 人投票</translation>
    </message>
</context>
<context>
    <name>Polls</name>
    <message>
        <location filename="../../app/studio/polls.py" line="28"/>
        <source>the poll needs a question</source>
        <translation>投票需要一个问题</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="29"/>
        <source>a poll has 2 to 6 options</source>
        <translation>投票需要 2 到 6 个选项</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="30"/>
        <source>an option is empty</source>
        <translation>有一个选项是空的</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="31"/>
        <source>two options are the same</source>
        <translation>有两个选项相同</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="32"/>
        <source>the duration is 0 (until closed) to 3600 seconds</source>
        <translation>时长为 0（手动结束）到 3600 秒</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="33"/>
        <source>there are more keyword lists than options</source>
        <translation>关键词组比选项多</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="34"/>
        <source>a keyword belongs to two options</source>
        <translation>有一个关键词同时属于两个选项</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="35"/>
        <source>the question is longer than 200 characters</source>
        <translation>问题超过 200 个字</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="36"/>
        <source>an option is longer than 60 characters</source>
        <translation>有一个选项超过 60 个字</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="96"/>
        <source>the show is not live</source>
        <translation>直播尚未开始</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="98"/>
        <source>another poll is open; close or cancel it first</source>
        <translation>已有投票在进行；请先结束或取消</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="102"/>
        <source>options must be a list of 2 to 6 texts</source>
        <translation>options 必须是 2 到 6 个文本的列表</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="107"/>
        <source>keywords must be a list of lists of texts, one per option</source>
        <translation>keywords 必须是每个选项一组文本的列表</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="126"/>
        <source>Poll: %1</source>
        <translation>投票：%1</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="143"/>
        <source>The open lottery takes any comment: every vote also enters it.</source>
        <translation>当前抽奖任意评论即可参与：每一票也会参与抽奖。</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="145"/>
        <source>Votes for %1 also enter the lottery (keyword “%2”).</source>
        <translation>投给 %1 的评论也会参与抽奖（口令“%2”）。</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="149"/>
        <source>no poll is open</source>
        <translation>没有进行中的投票</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="157"/>
        <source>the votes are still being counted again; try again in a moment</source>
        <translation>正在重新计票，请稍后再试</translation>
    </message>
    <message>
        <location filename="../../app/studio/polls.py" line="167"/>
        <source>Poll closed: %1 wins with %2 votes</source>
        <translation>投票结束：%1 以 %2 票胜出</translation>
    </message>
</context>
<context>
    <name>ProblemRowsDialog</name>
    <message>
        <location filename="../../app/ui/import_problems.py" line="32"/>
        <source>Rows to fix in %1</source>
        <translation>%1 中需要修正的行</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_problems.py" line="34"/>
        <source>%1 products can be imported; %2 rows have a cell that cannot be read. Retype the value, or skip those rows.</source>
        <translation>可以导入 %1 个商品；%2 行有无法读取的单元格。请重新填写数值，或跳过这些行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_problems.py" line="39"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_problems.py" line="39"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_problems.py" line="39"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_problems.py" line="57"/>
        <source>Import with these values</source>
        <translation>按这些数值导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_problems.py" line="59"/>
        <source>Skip these rows</source>
        <translation>跳过这些行</translation>
    </message>
</context>
<context>
    <name>ProductDesk</name>
    <message>
        <location filename="../../app/studio/products.py" line="102"/>
        <source>a product cannot be merged into itself</source>
        <translation>商品不能合并到自身</translation>
    </message>
    <message>
        <location filename="../../app/studio/products.py" line="113"/>
        <source>this product is not merged into another</source>
        <translation>这个商品没有合并到其他商品</translation>
    </message>
    <message>
        <location filename="../../app/studio/products.py" line="127"/>
        <source>that product is not in the library (refresh it)</source>
        <translation>商品库里没有这个商品（请刷新）</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <location filename="../../app/ui/products_tab.py" line="52"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="52"/>
        <source>Rank figure</source>
        <translation>排序值</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="52"/>
        <source>Shows</source>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="52"/>
        <source>Minutes on air</source>
        <translation>讲解分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="53"/>
        <source>Revisits</source>
        <translation>返场</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="53"/>
        <source>Comments/min</source>
        <translation>评论/分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="53"/>
        <source>Questions/min</source>
        <translation>提问/分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="53"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="54"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="54"/>
        <source>GMV</source>
        <translation>成交额</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="54"/>
        <source>GMV/min</source>
        <translation>每分钟成交额</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="54"/>
        <source>Conversion</source>
        <translation>点击成交率</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="55"/>
        <source>Sell-out (s)</source>
        <translation>售罄（秒）</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="55"/>
        <source>Last price</source>
        <translation>上次价格</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="55"/>
        <source>Learned min</source>
        <translation>经验时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="55"/>
        <source>Last show</source>
        <translation>最近场次</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="91"/>
        <source>merged: %1</source>
        <translation>已合并：%1</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location filename="../../app/ui/products_tab.py" line="101"/>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="126"/>
        <source>Filter by name…</source>
        <translation>按名称筛选…</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="129"/>
        <source>GMV per minute</source>
        <translation>每分钟成交额</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="130"/>
        <source>Recent trend</source>
        <translation>近期趋势</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="134"/>
        <source>Add to the show (Ctrl+Enter)</source>
        <translation>加入本场（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="136"/>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="138"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="142"/>
        <source>Rank by</source>
        <translation>排序依据</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="161"/>
        <source>The library could not be read: %1</source>
        <translation>无法读取商品库：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="192"/>
        <source>Show</source>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="192"/>
        <source>Minutes on air</source>
        <translation>讲解分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="192"/>
        <source>Visits</source>
        <translation>讲解次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="193"/>
        <source>Questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="193"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="193"/>
        <source>GMV/min</source>
        <translation>每分钟成交额</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="194"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="213"/>
        <source>GMV per minute on air over all its shows; products never on air come last.</source>
        <translation>所有场次的讲解每分钟成交额；从未上播的商品排在最后。</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="215"/>
        <source>GMV per minute in its latest show divided by its earlier shows&apos; (above 1: rising); products with one show come last.</source>
        <translation>最近一场的每分钟成交额除以之前各场的（大于 1 表示上升）；只播过一场的商品排在最后。</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="217"/>
        <source>Rank rule: %1</source>
        <translation>排序规则：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="220"/>
        <source>%1 products from every show</source>
        <translation>共 %1 个商品（来自所有场次）</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="232"/>
        <source>Added %1 products to the run-sheet</source>
        <translation>已把 %1 个商品加入排品表</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="237"/>
        <source>Select one product to merge into another</source>
        <translation>请选择一个商品再合并到另一个</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="241"/>
        <source>Merge into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <location filename="../../app/ui/products_tab.py" line="241"/>
        <source>Merge %1 into:</source>
        <translation>把 %1 合并到：</translation>
    </message>
</context>
<context>
    <name>QuestionModel</name>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="54"/>
        <source>×</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="54"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="54"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="54"/>
        <source>Last asked</source>
        <translation>最近提问</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="74"/>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="76"/>
        <source>First asked by %1; %2 viewers asked</source>
        <translation>%1 最先提问；共 %2 位观众问过</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="82"/>
        <source>answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="82"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <location filename="../../app/studio/questions.py" line="120"/>
        <source>no show is open</source>
        <translation>没有打开的直播</translation>
    </message>
    <message>
        <location filename="../../app/studio/questions.py" line="122"/>
        <source>the questions are still being read back; try again in a moment</source>
        <translation>正在读取问题，请稍后再试</translation>
    </message>
    <message>
        <location filename="../../app/studio/questions.py" line="126"/>
        <source>comment_id must be a number</source>
        <translation>comment_id 必须是数字</translation>
    </message>
    <message>
        <location filename="../../app/studio/questions.py" line="129"/>
        <source>that comment is not in the question queue</source>
        <translation>这条评论不在问答队列中</translation>
    </message>
    <message>
        <location filename="../../app/studio/questions.py" line="165"/>
        <source>status is open, answered, skipped or null</source>
        <translation>status 只能是 open、answered、skipped 或 null</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="105"/>
        <source>Open</source>
        <translation>待回答</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="105"/>
        <location filename="../../app/ui/questions_panel.py" line="119"/>
        <source>Answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="106"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="106"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="110"/>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="111"/>
        <source>Most asked first</source>
        <translation>问得最多在前</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="112"/>
        <source>Order of the questions: the newest, or what most viewers asked</source>
        <translation>问题排序：最新的，或问的人最多的</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="115"/>
        <source>Answer now (host view)</source>
        <translation>现在回答（提词屏）</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="117"/>
        <source>Show the question on the host view (Ctrl+Shift+Q)</source>
        <translation>把问题显示到主播提词屏 (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="121"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="156"/>
        <source>Select a question first</source>
        <translation>请先选择一个问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions_panel.py" line="182"/>
        <source>%1 open · %2 answered · %3 skipped</source>
        <translation>待回答 %1 · 已回答 %2 · 已跳过 %3</translation>
    </message>
</context>
<context>
    <name>RelayDialog</name>
    <message>
        <location filename="../../app/ui/settings.py" line="55"/>
        <source>Comment relays</source>
        <translation>评论数据源</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="57"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="57"/>
        <source>URL</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="57"/>
        <source>Twitch channel</source>
        <translation>Twitch 频道</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="64"/>
        <source>Add relay</source>
        <translation>添加数据源</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="66"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="79"/>
        <source>LiveDeck connects to these relays and reconnects by itself if one drops. Relays can also push to %1.</source>
        <translation>LiveDeck 会连接这些弹幕中转，断开后自动重连。中转也可以推送到 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="94"/>
        <source>Relays that connect to LiveDeck: set their address to</source>
        <translation>会主动连接 LiveDeck 的转发工具：把它们的地址设为</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="95"/>
        <source>• skmcj/dycast (Douyin): relay address %1</source>
        <translation>• skmcj/dycast（抖音）：转发地址 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="96"/>
        <source>• OrdinaryRoad live-chat-client ForwardMsgPlugin (Kuaishou): %1</source>
        <translation>• OrdinaryRoad live-chat-client 消息转发插件（快手）：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="97"/>
        <source>• fire4nt/wxlivespy (WeChat Channels): forward URL %1</source>
        <translation>• fire4nt/wxlivespy（视频号）：转发地址 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="98"/>
        <source>• 洛曦 page userscript (PDD, Taobao, Xiaohongshu, Kuaishou, Channels, Buyin): wsUrl %1</source>
        <translation>• 洛曦 网页油猴脚本（拼多多、淘宝、小红书、快手、视频号、百应）：wsUrl %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="100"/>
        <source>• Any relay sending LiveDeck&apos;s own JSON: %1 (websocket or HTTP POST)</source>
        <translation>• 发送 LiveDeck 自有 JSON 格式的任何工具：%1（websocket 或 HTTP POST）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="101"/>
        <source>LiveDeck connects out to the others in the table above: barragegrab, douyinlive, tiktok (TikTok-Live-Connector relays), socialstream (Social Stream Ninja), twitch, oba and oba-kuaishou (oba-live-tool).</source>
        <translation>其余的由 LiveDeck 主动连接，在上表中添加：barragegrab、douyinlive、tiktok（TikTok-Live-Connector 转发）、socialstream（Social Stream Ninja）、twitch、oba 与 oba-kuaishou（oba-live-tool）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="136"/>
        <source>Each relay needs a ws:// or wss:// URL, and Twitch a channel.</source>
        <translation>每个数据源都需要 ws:// 或 wss:// 地址，Twitch 还需要频道名。</translation>
    </message>
</context>
<context>
    <name>RemoteAccessDialog</name>
    <message>
        <location filename="../../app/ui/settings.py" line="186"/>
        <source>Remote access</source>
        <translation>远程访问</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="189"/>
        <location filename="../../app/ui/settings.py" line="247"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="191"/>
        <source>New token</source>
        <translation>更换令牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="205"/>
        <source>Control token: in LAN mode every /control client and every other computer that sends comments adds ?token=… to its URL (or sends Authorization: Bearer …). Pages that only read take the view token below.</source>
        <translation>控制令牌：局域网模式下，每个 /control 客户端以及其他发送评论的电脑都要在地址后加 ?token=…（或发送 Authorization: Bearer …）。只读的页面用下面的查看令牌。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="212"/>
        <source>Web pages allowed to connect besides the studio&apos;s own overlays, one origin a line (scheme://host:port). Any other web page is refused.</source>
        <translation>除工作室自带的叠加页面外，允许连接的网页来源，每行一个（scheme://host:port）。其他网页一律拒绝。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="231"/>
        <source>Other screens</source>
        <translation>其他屏幕</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="233"/>
        <source>Scan with the tablet or phone at the camera. View links show the host view and the producer view and can run no command; the second desk needs the control token.</source>
        <translation>用机位旁的平板或手机扫码。查看链接只显示提词屏和导播视图，不能执行任何操作；第二个中控台需要控制令牌。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="236"/>
        <source>LAN mode is off: these links work on this computer only (start with --lan).</source>
        <translation>局域网模式未开启：这些链接只能在本机打开（用 --lan 启动）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="242"/>
        <source>Host view</source>
        <translation>提词屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="242"/>
        <source>Producer view</source>
        <translation>导播视图</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="242"/>
        <source>Second desk</source>
        <translation>第二个中控台</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="262"/>
        <source>New view token</source>
        <translation>新的查看令牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="289"/>
        <source>Not an origin (scheme://host:port): %1</source>
        <translation>不是有效的来源（scheme://host:port）：%1</translation>
    </message>
</context>
<context>
    <name>RemoteDesk</name>
    <message>
        <location filename="../../app/ui/remote_desk.py" line="56"/>
        <source>%1 · second desk</source>
        <translation>%1 · 第二个中控台</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_desk.py" line="33"/>
        <source>Connected to the studio</source>
        <translation>已连接直播间主机</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_desk.py" line="35"/>
        <source>The studio refused this desk (%1): start it again with the studio&apos;s current token (livedeck token, on the studio&apos;s PC)</source>
        <translation>直播间主机拒绝了本控台（%1）：请用主机当前的令牌重新启动本控台（在主机电脑上运行 livedeck token 查看）</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_desk.py" line="39"/>
        <source>The studio refused the connection (%1): trying again…</source>
        <translation>直播间主机拒绝了连接（%1）：正在重试…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_desk.py" line="41"/>
        <source>Not connected to the studio: reconnecting…</source>
        <translation>与直播间主机断开：正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_desk.py" line="60"/>
        <source>%1 comments not shown here (too many at once)</source>
        <translation>评论太多，本机有 %1 条未显示</translation>
    </message>
</context>
<context>
    <name>RemoteStudio</name>
    <message>
        <location filename="../../app/studio/remote.py" line="361"/>
        <source>the studio did not answer in time; is the network up?</source>
        <translation>直播间主机没有及时回应；网络是否正常？</translation>
    </message>
    <message>
        <location filename="../../app/studio/remote.py" line="161"/>
        <source>a second desk decides nothing itself</source>
        <translation>第二个中控台自己不做任何决定</translation>
    </message>
    <message>
        <location filename="../../app/studio/remote.py" line="126"/>
        <source>the studio did not answer in time: it may still do it. Look at the desk before you send it again (is the network up?)</source>
        <translation>直播间主机没有及时回应：这个操作之后仍可能执行。再发一次之前，先看看控台上的状态（网络是否正常？）</translation>
    </message>
    <message>
        <location filename="../../app/studio/remote.py" line="140"/>
        <source>the connection to the studio dropped before it answered: this may have been done. Look at the desk once it is connected again before you send it again</source>
        <translation>与直播间主机的连接在回应前断开：这个操作可能已经执行。重新连上后先看看控台上的状态，再决定是否重发</translation>
    </message>
    <message>
        <location filename="../../app/studio/remote.py" line="142"/>
        <source>not connected to the studio: nothing was done</source>
        <translation>未连接直播间主机：这个操作没有执行</translation>
    </message>
    <message>
        <location filename="../../app/studio/remote.py" line="343"/>
        <source>no such show on the studio</source>
        <translation>直播间主机上没有这场直播</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../app/studio/review.py" line="94"/>
        <source>Summing comments, gifts and orders…</source>
        <translation>正在汇总评论、礼物和订单…</translation>
    </message>
    <message>
        <location filename="../../app/studio/review.py" line="96"/>
        <source>Working out the figures…</source>
        <translation>正在计算指标…</translation>
    </message>
    <message>
        <location filename="../../app/studio/review.py" line="102"/>
        <source>Ready</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../app/studio/review.py" line="114"/>
        <source>Grouping questions…</source>
        <translation>正在归并提问…</translation>
    </message>
    <message>
        <location filename="../../app/studio/review.py" line="121"/>
        <source>Collecting the follow-up list…</source>
        <translation>正在整理售后跟进名单…</translation>
    </message>
    <message>
        <location filename="../../app/studio/review.py" line="125"/>
        <source>Checking the lottery draws…</source>
        <translation>正在校验福袋开奖…</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_pdf.py" line="43"/>
        <location filename="../../app/studio/review_xlsx.py" line="158"/>
        <source>Minutes since the start</source>
        <translation>开播后分钟数</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="205"/>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="208"/>
        <location filename="../../app/studio/review_xlsx.py" line="74"/>
        <source>Summary</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="207"/>
        <source>Per item</source>
        <translation>单品</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="39"/>
        <location filename="../../app/studio/review_texts.py" line="38"/>
        <location filename="../../app/studio/review_texts.py" line="137"/>
        <location filename="../../app/studio/review_xlsx.py" line="119"/>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="40"/>
        <location filename="../../app/studio/review_texts.py" line="42"/>
        <location filename="../../app/studio/review_texts.py" line="155"/>
        <location filename="../../app/studio/review_texts.py" line="187"/>
        <location filename="../../app/studio/review_xlsx.py" line="120"/>
        <source>App down</source>
        <translation>应用中断</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="43"/>
        <location filename="../../app/studio/review_texts.py" line="96"/>
        <location filename="../../app/studio/review_texts.py" line="149"/>
        <location filename="../../app/studio/review_xlsx.py" line="110"/>
        <source>Unpaid orders</source>
        <translation>压单</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="44"/>
        <location filename="../../app/studio/review_texts.py" line="98"/>
        <location filename="../../app/studio/review_texts.py" line="150"/>
        <location filename="../../app/studio/review_xlsx.py" line="111"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="84"/>
        <source>%1 of it estimated from run-sheet prices</source>
        <translation>其中 %1 按排品表价格估算</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="293"/>
        <source>Pulled before it aired: %1</source>
        <translation>开播后撤下、未讲解的商品：%1</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="296"/>
        <location filename="../../app/ui/review_pages.py" line="167"/>
        <source>Added on air: %1</source>
        <translation>直播中临时加入的商品（加入时间）：%1</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="152"/>
        <source>%1 comments to follow up, %2 different ones; each line counts how often it was said.</source>
        <translation>待跟进评论 %1 条，去重后 %2 种；每行注明被说了几次。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="156"/>
        <source>Viewers</source>
        <translation>观众数</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="157"/>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="157"/>
        <source>First at</source>
        <translation>首次时间</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="167"/>
        <source>%1 more in the XLSX report.</source>
        <translation>另有 %1 种见 XLSX 报告。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="189"/>
        <source>%1: %2 entrants, winners %3, %4 re-draws</source>
        <translation>%1：参与 %2 人，中奖 %3，重抽 %4 次</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="209"/>
        <location filename="../../app/studio/review_xlsx.py" line="147"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="173"/>
        <source>Compliance hits</source>
        <translation>合规命中</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="177"/>
        <location filename="../../app/studio/review_xlsx.py" line="187"/>
        <source>Top questions</source>
        <translation>高频提问</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="151"/>
        <location filename="../../app/studio/review_xlsx.py" line="178"/>
        <source>Follow-up</source>
        <translation>售后跟进</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="188"/>
        <location filename="../../app/studio/review_xlsx.py" line="192"/>
        <source>Lotteries</source>
        <translation>福袋</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="27"/>
        <source>Planned start</source>
        <translation>计划开播</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="27"/>
        <source>The show&apos;s planned start time.</source>
        <translation>计划的开播时间。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="28"/>
        <source>Actual start</source>
        <translation>实际开播</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="29"/>
        <source>When the show was started in LiveDeck (show_started).</source>
        <translation>在 LiveDeck 中开播的时间（show_started）。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="30"/>
        <source>Late start</source>
        <translation>晚开播</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="31"/>
        <source>Actual start minus planned start; negative is early.</source>
        <translation>实际开播减计划开播；负数表示提前。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="32"/>
        <source>Planned end</source>
        <translation>计划下播</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="33"/>
        <source>Planned start plus the planned minutes of every item.</source>
        <translation>计划开播加上每个商品的计划时长。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="34"/>
        <source>Actual end</source>
        <translation>实际下播</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="35"/>
        <source>When the show was ended (or now, while it is live).</source>
        <translation>下播的时间（直播中则为现在）。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="36"/>
        <source>Planned length</source>
        <translation>计划时长</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="36"/>
        <source>Sum of the items&apos; planned minutes.</source>
        <translation>各商品计划分钟数之和。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="37"/>
        <source>Actual length</source>
        <translation>实际时长</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="37"/>
        <source>Actual end minus actual start.</source>
        <translation>实际下播减实际开播。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="39"/>
        <source>Time the host clock was paused (timer.pause to timer.resume, the next item or the end); included in the lengths above and in the items&apos; actual time.</source>
        <translation>主播计时暂停的时长（从暂停到继续、下一个商品或下播）；已计入上面的时长和各商品的实际时长。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="41"/>
        <source>Pauses</source>
        <translation>暂停次数</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="41"/>
        <source>How many times the host clock was paused.</source>
        <translation>主播计时暂停的次数。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="43"/>
        <source>Time LiveDeck was not running while the show was live (killed or quit, then opened again: app_down); the clocks went on, so it is in the lengths and the items&apos; actual time.</source>
        <translation>直播中 LiveDeck 未运行的时长（被强制结束或退出后再打开：app_down）；计时照常进行，因此已计入上面的时长和各商品的实际时长。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="46"/>
        <source>App stops</source>
        <translation>应用中断次数</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="47"/>
        <source>How many times LiveDeck stopped while the show was live.</source>
        <translation>直播中 LiveDeck 停止运行的次数。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="48"/>
        <source>Peak online</source>
        <translation>最高在线</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="49"/>
        <source>最高在线: the highest online count the relay reported.</source>
        <translation>最高在线：弹幕中继报告的最高在线人数。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="50"/>
        <source>Average online</source>
        <translation>平均在线</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="51"/>
        <source>平均在线: mean of the online counts the relay reported.</source>
        <translation>平均在线：弹幕中继报告的在线人数的平均值。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="52"/>
        <source>Viewers (UV)</source>
        <translation>观看人数 (UV)</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="53"/>
        <source>观看人数: the highest cumulative viewer count the relay reported.</source>
        <translation>观看人数：弹幕中继报告的最高累计观看人数。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="54"/>
        <source>Views (PV)</source>
        <translation>观看次数 (PV)</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="55"/>
        <source>观看次数: room entries (join events) received.</source>
        <translation>观看次数：收到的进入直播间事件数。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="56"/>
        <source>Viewers seen</source>
        <translation>出现过的观众</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="57"/>
        <source>Distinct viewer ids in any event LiveDeck received (a lower bound of UV: silent viewers send nothing).</source>
        <translation>LiveDeck 收到的任意事件中不同观众 ID 的数量（UV 的下限：不互动的观众不会出现）。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="59"/>
        <source>Commenters</source>
        <translation>评论人数</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="59"/>
        <source>Distinct viewer ids that commented.</source>
        <translation>发过评论的不同观众数。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="40"/>
        <location filename="../../app/studio/review_texts.py" line="60"/>
        <location filename="../../app/studio/review_texts.py" line="139"/>
        <location filename="../../app/studio/review_xlsx.py" line="99"/>
        <source>Comments</source>
        <translation>评论数</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="61"/>
        <source>Comments received (platform duplicates stored once).</source>
        <translation>收到的评论（平台重复消息只记一次）。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="41"/>
        <location filename="../../app/studio/review_texts.py" line="62"/>
        <location filename="../../app/studio/review_texts.py" line="140"/>
        <location filename="../../app/studio/review_xlsx.py" line="100"/>
        <source>Questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="63"/>
        <source>Comments the classifier marked as questions.</source>
        <translation>被分类为提问的评论。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="64"/>
        <source>Negative comments</source>
        <translation>负面评论</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="65"/>
        <source>Comments the classifier marked as criticism.</source>
        <translation>被分类为批评的评论。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="66"/>
        <location filename="../../app/studio/review_texts.py" line="143"/>
        <location filename="../../app/studio/review_xlsx.py" line="103"/>
        <source>Gifts</source>
        <translation>礼物</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="66"/>
        <source>Gifts received, a streak counted by its size.</source>
        <translation>收到的礼物，连击按个数计。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="83"/>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="83"/>
        <source>Likes received, summed by their count.</source>
        <translation>收到的点赞，按数量累加。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="84"/>
        <source>New follows</source>
        <translation>新增粉丝</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="84"/>
        <source>新增粉丝: follow events received.</source>
        <translation>新增粉丝：收到的关注事件数。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="41"/>
        <location filename="../../app/studio/review_texts.py" line="85"/>
        <location filename="../../app/studio/review_texts.py" line="145"/>
        <location filename="../../app/studio/review_xlsx.py" line="105"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="87"/>
        <source>Units sold</source>
        <translation>成交件数</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="42"/>
        <location filename="../../app/studio/review_texts.py" line="89"/>
        <location filename="../../app/studio/review_texts.py" line="147"/>
        <location filename="../../app/studio/review_xlsx.py" line="107"/>
        <source>GMV</source>
        <translation>成交金额 (GMV)</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="43"/>
        <location filename="../../app/studio/review_texts.py" line="92"/>
        <location filename="../../app/studio/review_texts.py" line="148"/>
        <location filename="../../app/studio/review_xlsx.py" line="109"/>
        <source>Buyers</source>
        <translation>购买人数</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="67"/>
        <source>Gift value, estimated</source>
        <translation>礼物价值（估算）</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="68"/>
        <source>An estimate in 元 at the platforms&apos; top-up rates: 1 抖币, 1 快币 or 1 微信豆 = 0.1 元, 1,000 金瓜子 = 1 元. TikTok coins, bits and values of unknown unit are not in it (no fixed rate): see the gift values per unit.</source>
        <translation>按平台充值价估算的人民币金额：1 抖币、1 快币或 1 微信豆 = 0.1 元，1,000 金瓜子 = 1 元。TikTok 金币、bits 和单位不明的礼物价值没有固定汇率，不计入：请看各单位的礼物价值。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="71"/>
        <source>Gift value in 抖币 (Douyin)</source>
        <translation>礼物价值（抖币，抖音）</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="72"/>
        <source>Gift value in TikTok coins</source>
        <translation>礼物价值（TikTok 金币）</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="73"/>
        <source>Gift value in 快币 (Kuaishou)</source>
        <translation>礼物价值（快币，快手）</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="74"/>
        <source>Gift value in 微信豆 (视频号)</source>
        <translation>礼物价值（微信豆，视频号）</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="75"/>
        <source>Gift value in 金瓜子 (Bilibili)</source>
        <translation>礼物价值（金瓜子，B站）</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="76"/>
        <source>Gift value in bits (Twitch)</source>
        <translation>礼物价值（bits，Twitch）</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="77"/>
        <source>Gift value of unknown unit</source>
        <translation>礼物价值（单位不明）</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="78"/>
        <source>Gift value</source>
        <translation>礼物价值</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="79"/>
        <source>抖币</source>
        <translation>抖币</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="79"/>
        <source>TikTok coins</source>
        <translation>TikTok 金币</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="80"/>
        <source>快币</source>
        <translation>快币</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="80"/>
        <source>微信豆</source>
        <translation>微信豆</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="80"/>
        <source>金瓜子</source>
        <translation>金瓜子</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="81"/>
        <source>bits</source>
        <translation>bits</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="81"/>
        <source>of unknown unit</source>
        <translation>（单位未知）</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="82"/>
        <source>Sum of the gift values the relays report in this unit, as sent.</source>
        <translation>弹幕中继以该单位报告的礼物价值之和，按原样相加。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="86"/>
        <source>Distinct order IDs, each with its latest status (placed, paid, refunded, cancelled).</source>
        <translation>按订单号去重的订单数，每单取最新状态（已下单、已付款、已退款、已取消）。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="88"/>
        <source>Units of the orders whose latest status is paid.</source>
        <translation>最新状态为已付款的订单的件数。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="90"/>
        <source>成交金额: the amounts of the orders whose latest status is paid; an order without an amount counts at the run-sheet&apos;s live price × quantity (estimated).</source>
        <translation>成交金额：最新状态为已付款的订单金额之和；未带金额的订单按排品表直播价 × 件数估算（标为估算）。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="92"/>
        <source>Distinct buyers of paid orders.</source>
        <translation>已付款订单的去重买家数。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="93"/>
        <location filename="../../app/studio/review_xlsx.py" line="108"/>
        <source>GMV estimated</source>
        <translation>估算成交金额</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="94"/>
        <source>The part of GMV from paid orders sent without an amount, valued at the run-sheet&apos;s live price × quantity.</source>
        <translation>成交金额中未带金额的已付款订单部分，按排品表直播价 × 件数估算。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="97"/>
        <source>压单: orders placed and not (yet) paid.</source>
        <translation>压单：已下单但尚未付款的订单。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="98"/>
        <source>Orders refunded after payment (not in GMV).</source>
        <translation>付款后退款的订单（不计入成交金额）。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="99"/>
        <source>Engagement rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="99"/>
        <source>互动率 = commenters ÷ UV.</source>
        <translation>互动率 = 评论人数 ÷ UV。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="100"/>
        <source>Follow rate</source>
        <translation>转粉率</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="100"/>
        <source>转粉率 = new follows ÷ UV.</source>
        <translation>转粉率 = 新增粉丝 ÷ UV。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="101"/>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="101"/>
        <source>转化率 = buyers ÷ UV.</source>
        <translation>转化率 = 购买人数 ÷ UV。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="102"/>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="102"/>
        <source>客单价 = GMV ÷ buyers.</source>
        <translation>客单价 = GMV ÷ 购买人数。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="103"/>
        <source>UV value</source>
        <translation>UV价值</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="103"/>
        <source>UV价值 = GMV ÷ UV.</source>
        <translation>UV价值 = GMV ÷ UV。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="104"/>
        <source>GPM</source>
        <translation>GPM</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="105"/>
        <source>GPM = GMV ÷ PV × 1000 (GMV per thousand views).</source>
        <translation>GPM = GMV ÷ PV × 1000（千次观看成交额）。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="106"/>
        <source>Average watch time</source>
        <translation>平均停留时长</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="107"/>
        <source>平均停留时长 = watch time ÷ UV; watch time estimated as the reported online count integrated over the show.</source>
        <translation>平均停留时长 = 观看总时长 ÷ UV；观看总时长按报告的在线人数对整场时间积分估算。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="109"/>
        <source>Product click rate</source>
        <translation>商品点击率</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="110"/>
        <source>商品点击率 = product clicks ÷ product exposures.</source>
        <translation>商品点击率 = 商品点击人数 ÷ 商品曝光人数。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="111"/>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="111"/>
        <source>ROI = GMV ÷ ad spend.</source>
        <translation>ROI = GMV ÷ 投放花费。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="112"/>
        <source>the relay sends no viewer counts</source>
        <translation>弹幕中继不发送在线人数</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="113"/>
        <source>the relay sends no cumulative viewer count</source>
        <translation>弹幕中继不发送累计观看人数</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="114"/>
        <source>the relay sends no room entries</source>
        <translation>弹幕中继不发送进入直播间事件</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="115"/>
        <source>the relay sends no orders</source>
        <translation>弹幕中继不发送订单</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="116"/>
        <source>the relay sends no gifts</source>
        <translation>弹幕中继不发送礼物</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="117"/>
        <source>the relay sends no gift values</source>
        <translation>弹幕中继不发送礼物价值</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="118"/>
        <source>no gift value has a 元 rate (TikTok coins, bits, unknown units)</source>
        <translation>没有可换算成人民币的礼物价值（TikTok 金币、bits、单位不明）</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="119"/>
        <source>gifts in more than one unit: see gift_value_&lt;unit&gt;</source>
        <translation>礼物价值有多种单位：见 gift_value_&lt;unit&gt;</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="120"/>
        <source>the shows&apos; gifts are in different units: compare the 元 estimate</source>
        <translation>两场礼物单位不同：请对比折合人民币（元）估算</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="121"/>
        <source>the relay sends no likes</source>
        <translation>弹幕中继不发送点赞</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="122"/>
        <source>the relay sends no follows</source>
        <translation>弹幕中继不发送关注</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="123"/>
        <source>the relay sends no product clicks or exposures</source>
        <translation>弹幕中继不发送商品点击和曝光</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="124"/>
        <source>LiveDeck records no ad spend</source>
        <translation>LiveDeck 不记录投放花费</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="125"/>
        <source>the show has not started</source>
        <translation>直播尚未开始</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="126"/>
        <source>the show has no planned start</source>
        <translation>未设置计划开播时间</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="127"/>
        <source>no buyers</source>
        <translation>没有购买者</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="144"/>
        <location filename="../../app/studio/review_xlsx.py" line="104"/>
        <source>Gift value (≈ 元)</source>
        <translation>礼物价值（≈ 元）</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="178"/>
        <source>Gift value/min (≈ 元)</source>
        <translation>每分钟礼物价值（≈ 元）</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="37"/>
        <location filename="../../app/studio/review_texts.py" line="131"/>
        <location filename="../../app/studio/review_xlsx.py" line="92"/>
        <source>#</source>
        <translation>序号</translation>
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
        <translation>商品</translation>
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
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="38"/>
        <location filename="../../app/studio/review_texts.py" line="135"/>
        <location filename="../../app/studio/review_xlsx.py" line="96"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="39"/>
        <location filename="../../app/studio/review_texts.py" line="136"/>
        <location filename="../../app/studio/review_xlsx.py" line="97"/>
        <source>Over/under</source>
        <translation>超时/提前</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="138"/>
        <location filename="../../app/studio/review_xlsx.py" line="98"/>
        <source>Visits</source>
        <translation>讲解次数</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="141"/>
        <location filename="../../app/studio/review_xlsx.py" line="101"/>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="142"/>
        <location filename="../../app/studio/review_xlsx.py" line="102"/>
        <source>Negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="42"/>
        <location filename="../../app/studio/review_texts.py" line="146"/>
        <location filename="../../app/studio/review_xlsx.py" line="106"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="44"/>
        <location filename="../../app/studio/review_texts.py" line="151"/>
        <location filename="../../app/studio/review_xlsx.py" line="112"/>
        <source>Flash sale sold</source>
        <translation>秒杀售出</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="152"/>
        <location filename="../../app/studio/review_xlsx.py" line="114"/>
        <source>Sold out in</source>
        <translation>售罄用时</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="45"/>
        <location filename="../../app/studio/review_texts.py" line="153"/>
        <location filename="../../app/studio/review_xlsx.py" line="116"/>
        <source>Coupons claimed</source>
        <translation>优惠券领取</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="154"/>
        <location filename="../../app/studio/review_xlsx.py" line="117"/>
        <source>Cues fired</source>
        <translation>已触发提示</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="158"/>
        <source>Time on air from the item&apos;s start to the next item&apos;s start, every visit (返场) added.</source>
        <translation>从该商品开始讲解到下一个商品开始的时长，每次讲解（含返场）累加。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="160"/>
        <source>Actual minus planned; positive ran over.</source>
        <translation>实际减计划；正数表示超时。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="161"/>
        <source>Of the actual time, how long the host clock was paused: an overrun may be a pause.</source>
        <translation>实际时长中主播计时暂停的部分：超时可能是暂停造成的。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="163"/>
        <source>Of the actual time, how long LiveDeck was not running (killed or quit): the clocks went on, so an overrun may be the app&apos;s, not the host&apos;s.</source>
        <translation>实际时长中 LiveDeck 未运行（被强制结束或退出）的时长：计时照常进行，超时可能源于应用中断，而非主播。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="165"/>
        <source>Comments received while the item was on air.</source>
        <translation>该商品讲解期间收到的评论。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="166"/>
        <source>Comments naming the item&apos;s link number (&quot;3号链接&quot;) during the show.</source>
        <translation>整场中提到该商品链接号（“3号链接”）的评论。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="167"/>
        <source>Orders whose SKU (or product ID) is the item&apos;s, during the whole show.</source>
        <translation>整场中 SKU（或商品 ID）与该商品相同的订单。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="168"/>
        <source>Flash-sale units sold of the quantity offered.</source>
        <translation>秒杀售出件数 / 秒杀数量。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="169"/>
        <source>From the sale going live to the last unit.</source>
        <translation>从秒杀开抢到最后一件售出。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="170"/>
        <source>Claims of the coupons issued for the item (or while it was on air), of the quantity issued.</source>
        <translation>为该商品（或在其讲解期间）发放的优惠券的领取数 / 发放数。</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="174"/>
        <source>Comments/min</source>
        <translation>每分钟评论</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="175"/>
        <source>Commenters/min</source>
        <translation>每分钟评论人数</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="176"/>
        <source>Viewers online</source>
        <translation>在线人数</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="177"/>
        <source>Likes/min</source>
        <translation>每分钟点赞</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="179"/>
        <source>Orders/min</source>
        <translation>每分钟订单</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="184"/>
        <source>Sale start</source>
        <translation>秒杀开抢</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="184"/>
        <source>Sale end</source>
        <translation>秒杀结束</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="185"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="185"/>
        <source>Lottery open</source>
        <translation>福袋开始</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="186"/>
        <source>Lottery draw</source>
        <translation>福袋开奖</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="186"/>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="192"/>
        <source>Absolute claims</source>
        <translation>绝对化用语</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="193"/>
        <source>Medical claims</source>
        <translation>医疗功效</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="194"/>
        <source>Guarantees</source>
        <translation>虚假承诺</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="194"/>
        <source>Diversion</source>
        <translation>站外引流</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="195"/>
        <source>Other banned words</source>
        <translation>其他违禁词</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="198"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="199"/>
        <source>closed, not drawn</source>
        <translation>已截止，未开奖</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="200"/>
        <source>drawn</source>
        <translation>已开奖</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="200"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="209"/>
        <source>negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="209"/>
        <source>unanswered question</source>
        <translation>未回答的提问</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_texts.py" line="217"/>
        <source>n/a — %1</source>
        <translation>无数据 — %1</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="109"/>
        <location filename="../../app/studio/review_texts.py" line="217"/>
        <source>n/a</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="47"/>
        <source>date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="47"/>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="48"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="48"/>
        <source>minutes (signed)</source>
        <translation>分钟（带正负号）</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="49"/>
        <source>h:mm:ss</source>
        <translation>时:分:秒</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="49"/>
        <source>count</source>
        <translation>个数</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="50"/>
        <source>platform coins</source>
        <translation>平台币</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="75"/>
        <source>Show</source>
        <translation>直播</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="76"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="76"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="76"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="77"/>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="77"/>
        <source>Missing because</source>
        <translation>缺失原因</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="113"/>
        <source>Flash sale quantity</source>
        <translation>秒杀数量</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="115"/>
        <source>Coupons issued</source>
        <translation>发券数量</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="135"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="148"/>
        <location filename="../../app/studio/review_xlsx.py" line="172"/>
        <source>Minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="166"/>
        <source>Items on air</source>
        <translation>讲解区间</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="167"/>
        <source>Item id</source>
        <translation>商品编号</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="167"/>
        <source>From minute</source>
        <translation>开始分钟</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="168"/>
        <source>To minute</source>
        <translation>结束分钟</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="172"/>
        <source>Marker</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="172"/>
        <source>Label</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="179"/>
        <source>Done</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="179"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="179"/>
        <source>Viewer</source>
        <translation>观众</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="180"/>
        <source>Viewer id</source>
        <translation>观众 ID</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="193"/>
        <source>Lottery</source>
        <translation>福袋</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="193"/>
        <source>Prize</source>
        <translation>奖品</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="193"/>
        <source>Entrants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="194"/>
        <source>Winners</source>
        <translation>中奖者</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="194"/>
        <source>Re-draws</source>
        <translation>重抽次数</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="194"/>
        <source>Verified</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_xlsx.py" line="195"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="155"/>
        <location filename="../../app/studio/review_xlsx.py" line="180"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="155"/>
        <location filename="../../app/studio/review_xlsx.py" line="180"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="178"/>
        <location filename="../../app/studio/review_xlsx.py" line="188"/>
        <source>Question</source>
        <translation>提问</translation>
    </message>
    <message>
        <location filename="../../app/studio/review_html.py" line="156"/>
        <location filename="../../app/studio/review_html.py" line="178"/>
        <location filename="../../app/studio/review_xlsx.py" line="188"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
</context>
<context>
    <name>ReviewDesk</name>
    <message>
        <location filename="../../app/studio/review.py" line="173"/>
        <source>no show is open</source>
        <translation>没有打开的直播</translation>
    </message>
    <message>
        <location filename="../../app/studio/review.py" line="176"/>
        <source>no such comment in that show</source>
        <translation>该直播中没有这条评论</translation>
    </message>
</context>
<context>
    <name>ReviewPages</name>
    <message>
        <location filename="../../app/ui/review_pages.py" line="71"/>
        <location filename="../../app/ui/review_pages.py" line="144"/>
        <location filename="../../app/ui/review_pages.py" line="297"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="71"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="71"/>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="106"/>
        <source>Question</source>
        <translation>提问</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="106"/>
        <location filename="../../app/ui/review_pages.py" line="112"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="106"/>
        <location filename="../../app/ui/review_pages.py" line="108"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="107"/>
        <source>Done</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="107"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="107"/>
        <source>Viewer</source>
        <translation>观众</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="107"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="108"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="112"/>
        <location filename="../../app/ui/review_pages.py" line="118"/>
        <source>Compliance hits</source>
        <translation>合规命中</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="116"/>
        <source>Top questions</source>
        <translation>高频提问</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="132"/>
        <source>Prize</source>
        <translation>奖品</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="132"/>
        <source>Entrants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="132"/>
        <source>Winners</source>
        <translation>中奖者</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="132"/>
        <source>Re-draws</source>
        <translation>重抽</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="133"/>
        <source>Verified</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="133"/>
        <source>Status</source>
        <translation>状态</translation>
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
        <translation>%1，第 %2 分钟：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="245"/>
        <source>售后 follow-up: %1 unanswered questions and negative comments (showing %2); tick what the team has handled</source>
        <translation>售后跟进：%1 条未回答的提问和负面评论（显示 %2 条）；团队处理后请勾选</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="290"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="291"/>
        <source>FAILED</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_pages.py" line="293"/>
        <source>No lotteries in this show.</source>
        <translation>本场没有福袋。</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../app/ui/review_tab.py" line="68"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="54"/>
        <location filename="../../app/ui/review_tab.py" line="74"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="77"/>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="77"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="78"/>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="88"/>
        <source>Show:</source>
        <translation>直播：</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="92"/>
        <source>Compare with:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="49"/>
        <source>Summary</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="50"/>
        <source>Per item</source>
        <translation>单品</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="51"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="52"/>
        <source>Audience</source>
        <translation>观众</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="53"/>
        <source>Lotteries</source>
        <translation>福袋</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="167"/>
        <source>The review failed: %1</source>
        <translation>复盘失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="201"/>
        <source>Open a review first, then pick a show to compare with</source>
        <translation>请先打开复盘，再选择要对比的直播</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="216"/>
        <source>Nothing to export yet: refresh the review first</source>
        <translation>还没有可导出的内容：请先刷新复盘</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="219"/>
        <source>Export the review</source>
        <translation>导出复盘</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="227"/>
        <location filename="../../app/ui/review_tab.py" line="232"/>
        <source>Review saved to %1</source>
        <translation>复盘已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_tab.py" line="231"/>
        <source>Could not save the review: %1</source>
        <translation>无法保存复盘：%1</translation>
    </message>
</context>
<context>
    <name>RoomDesk</name>
    <message>
        <location filename="../../app/studio/room.py" line="67"/>
        <source>Another studio has this show open (%1). This desk no longer saves anything to it: open the show again once that studio has closed it, or open another show.</source>
        <translation>另一个工作台（%1）已打开本场直播，本工作台不再向其保存任何内容：请等对方关闭后重新打开本场，或打开另一场直播。</translation>
    </message>
    <message>
        <location filename="../../app/studio/room.py" line="71"/>
        <source>Taking this show&apos;s room on the database server…</source>
        <translation>正在数据库服务器上占用本场直播间…</translation>
    </message>
    <message>
        <location filename="../../app/studio/room.py" line="73"/>
        <source>The database connection was lost: taking this show&apos;s room back as soon as the server answers. Changes wait until then.</source>
        <translation>与数据库的连接已断开：服务器恢复后将立即重新占用本直播间，在此之前暂不保存更改。</translation>
    </message>
    <message>
        <location filename="../../app/studio/room.py" line="80"/>
        <source>another process</source>
        <translation>另一个进程</translation>
    </message>
    <message>
        <location filename="../../app/studio/room.py" line="82"/>
        <source>a process on %1</source>
        <translation>%1 上的某个进程</translation>
    </message>
    <message>
        <location filename="../../app/studio/room.py" line="84"/>
        <source>pid %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <location filename="../../app/studio/room.py" line="85"/>
        <source>pid %1 on %2</source>
        <translation>%2 上的进程 %1</translation>
    </message>
</context>
<context>
    <name>RunSheet</name>
    <message>
        <location filename="../../app/studio/runsheet_cmds.py" line="35"/>
        <source>no such item</source>
        <translation>没有这个商品</translation>
    </message>
    <message>
        <location filename="../../app/studio/runsheet_cmds.py" line="36"/>
        <source>target position is outside the run-sheet</source>
        <translation>目标位置超出排品单范围</translation>
    </message>
    <message>
        <location filename="../../app/studio/runsheet_cmds.py" line="37"/>
        <source>only items still to come can be moved while live</source>
        <translation>直播中只能调整还没讲的商品</translation>
    </message>
    <message>
        <location filename="../../app/studio/runsheet_cmds.py" line="38"/>
        <source>the show has ended</source>
        <translation>节目已经结束</translation>
    </message>
    <message>
        <location filename="../../app/studio/runsheet_cmds.py" line="39"/>
        <source>new items go after what has already been on air</source>
        <translation>新商品只能加在已讲解的商品之后</translation>
    </message>
    <message>
        <location filename="../../app/studio/runsheet_cmds.py" line="40"/>
        <source>items already on air cannot be removed</source>
        <translation>已上播的商品不能删除</translation>
    </message>
</context>
<context>
    <name>RunSheetEditor</name>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="168"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="172"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="174"/>
        <source>Host</source>
        <translation>主播</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="176"/>
        <source>Planned start</source>
        <translation>计划开播</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="178"/>
        <source>Show</source>
        <translation>节目</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="224"/>
        <source>Add product</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="225"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="226"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="227"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="228"/>
        <location filename="../../app/ui/runsheet_editor.py" line="343"/>
        <source>Use past durations</source>
        <translation>采用往场实际时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="240"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="241"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="282"/>
        <source>The show title cannot be empty</source>
        <translation>节目标题不能为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="316"/>
        <source>New product</source>
        <translation>新商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="341"/>
        <source>No past show has these products</source>
        <translation>往场直播中没有这些商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="353"/>
        <source>%1 items · %2 min</source>
        <translation>%1 个商品 · %2 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="356"/>
        <source>planned end %1</source>
        <translation>计划结束 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="358"/>
        <source>no planned start</source>
        <translation>未设置计划开播时间</translation>
    </message>
</context>
<context>
    <name>RunSheetModel</name>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="44"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="45"/>
        <source>Link</source>
        <translation>链接号</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="46"/>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="47"/>
        <source>Product ID</source>
        <translation>商品ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="48"/>
        <source>List price</source>
        <translation>日常价</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="49"/>
        <source>Live price</source>
        <translation>直播价</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="50"/>
        <source>After coupon</source>
        <translation>券后价</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="51"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="52"/>
        <source>Minutes</source>
        <translation>时长(分)</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="53"/>
        <source>Talking points</source>
        <translation>卖点话术</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="54"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="54"/>
        <source>Cues</source>
        <translation>提示节点</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="67"/>
        <source>A price is a number of yuan from 0 to 10,000,000, like 99 or 99.50</source>
        <translation>价格是 0 到 10,000,000 元之间的数字，如 99 或 99.50</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="75"/>
        <source>Stock must be a whole number</source>
        <translation>库存必须是整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="77"/>
        <source>Stock must be 0 to 1,000,000,000</source>
        <translation>库存须在 0 到 1,000,000,000 之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="83"/>
        <source>Minutes must be a number</source>
        <translation>时长必须是数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="85"/>
        <source>Minutes must be between 0 and 600</source>
        <translation>时长必须在 0 到 600 分钟之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="91"/>
        <source>A cue is minutes:seconds and text, like “3:00 口播优惠券”; separate cues with ;</source>
        <translation>提示格式为 分:秒 加文字，如“3:00 口播优惠券”；多个提示用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="97"/>
        <source>A link is the cart number, like 4 or 8/9 for one product on two links</source>
        <translation>链接号是购物车序号，如 4；同一商品挂两个链接写 8/9</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="103"/>
        <source>A product ID is digits only</source>
        <translation>商品ID只能是数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="106"/>
        <source>The product name cannot be empty</source>
        <translation>商品名称不能为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="240"/>
        <source>Past shows: median %1 min over %2 shows</source>
        <translation>往场：%2 场的中位数 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="288"/>
        <source>Note: the live price is not below the list price</source>
        <translation>注意：直播价不低于日常价</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_undo.py" line="50"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_undo.py" line="66"/>
        <source>Add product</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_undo.py" line="88"/>
        <source>Remove product</source>
        <translation>移除商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_undo.py" line="106"/>
        <source>Move product</source>
        <translation>移动商品</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <location filename="../../app/studio/sales.py" line="29"/>
        <location filename="../../app/studio/sales.py" line="146"/>
        <source>rows must be a list of products from the console export</source>
        <translation>rows 须为后台导出的商品列表</translation>
    </message>
</context>
<context>
    <name>SalesModel</name>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="45"/>
        <source>%1 paid orders came without an amount: %2 of this is their run-sheet price × quantity</source>
        <translation>%1 笔已付款订单未带金额：其中 %2 按排品表直播价 × 件数估算</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="80"/>
        <source>Link</source>
        <translation>链接号</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="80"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="80"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="80"/>
        <source>Paid units</source>
        <translation>成交件数</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="80"/>
        <source>GMV</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="81"/>
        <source>Unpaid</source>
        <translation>未支付</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="81"/>
        <source>Stock left</source>
        <translation>剩余库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="81"/>
        <source>Buyers</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="81"/>
        <source>Refunded</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="92"/>
        <source>Sold out</source>
        <translation>售罄</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="101"/>
        <source>Low stock: fewer than 10 left</source>
        <translation>库存告急：不足 10 件</translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="132"/>
        <source>Import console export…</source>
        <translation>导入后台数据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="133"/>
        <source>After the show: the platform console&apos;s per-product data (exposure, clicks, units, amount), joined by product ID</source>
        <translation>下播后：导入平台后台的商品数据（曝光、点击、成交件数、成交金额），按商品ID对应到排品</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="169"/>
        <source>Room: %1 orders · %2 paid units · GMV %3 · %4 buyers · average order %5 · unpaid %6 · refunded %7</source>
        <translation>全场：%1 单 · 成交 %2 件 · 成交金额 %3 · 买家 %4 · 客单价 %5 · 压单 %6 · 退款 %7</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="175"/>
        <source>%1 orders match no item (product ID or title not on the run-sheet): %2</source>
        <translation>%1 单对不上排品（商品ID或标题不在排品表中）：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="184"/>
        <source>Import console export</source>
        <translation>导入后台数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="185"/>
        <source>Console exports (*.csv *.xlsx)</source>
        <translation>后台导出表 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="196"/>
        <source>Console export refused: %1</source>
        <translation>后台数据未导入：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_panel.py" line="204"/>
        <source>Console data: %1 products joined, %2 not on the run-sheet</source>
        <translation>后台数据：%1 个商品已对应，%2 个不在排品表中</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/window_widgets.py" line="83"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_widgets.py" line="85"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_widgets.py" line="85"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_widgets.py" line="85"/>
        <source>Where</source>
        <translation>生效位置</translation>
    </message>
</context>
<context>
    <name>ShowCommands</name>
    <message>
        <location filename="../../app/studio/shows.py" line="77"/>
        <source>show %1 does not exist</source>
        <translation>直播 %1 不存在</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="115"/>
        <source>the planned start can only change before the show</source>
        <translation>计划开播时间只能在开播前修改</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="138"/>
        <source>%1 (copy)</source>
        <translation>%1 (副本)</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="149"/>
        <location filename="../../app/studio/shows.py" line="152"/>
        <source>end the show before deleting it</source>
        <translation>请先结束直播再删除</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="164"/>
        <source>the show has already started</source>
        <translation>节目已经开播</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="166"/>
        <source>the run-sheet has no items</source>
        <translation>排品单是空的</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="183"/>
        <source>The show has ended</source>
        <translation>直播已结束</translation>
    </message>
</context>
<context>
    <name>Shows</name>
    <message>
        <location filename="../../app/studio/shows.py" line="28"/>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="28"/>
        <source>Taobao Live</source>
        <translation>淘宝直播</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="29"/>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="29"/>
        <source>TikTok Shop</source>
        <translation>TikTok Shop</translation>
    </message>
    <message>
        <location filename="../../app/studio/shows.py" line="30"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <location filename="../../app/studio/studio.py" line="196"/>
        <source>unknown command %1</source>
        <translation>未知命令 %1</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="198"/>
        <source>args must be an object</source>
        <translation>args 必须是对象</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="215"/>
        <source>%1: bad arguments (%2)</source>
        <translation>%1：参数有误（%2）</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="219"/>
        <source>the change could not be saved (is the disk full?); nothing changed</source>
        <translation>无法保存更改（磁盘已满？）；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="222"/>
        <source>%1 failed; nothing changed</source>
        <translation>%1 失败；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../app/studio/sales.py" line="143"/>
        <location filename="../../app/studio/studio.py" line="245"/>
        <source>no show is open</source>
        <translation>没有打开的节目</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="251"/>
        <source>the show is not live</source>
        <translation>节目未在直播</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../../app/ui/wall_window.py" line="62"/>
        <source>Overtime</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="63"/>
        <source>Low stock</source>
        <translation>库存告急</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="64"/>
        <source>Relay silent</source>
        <translation>弹幕源无消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="65"/>
        <source>Writer error</source>
        <translation>写入错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="103"/>
        <source>Viewers</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="104"/>
        <source>Comments/min</source>
        <translation>评论/分</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="105"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="106"/>
        <source>GMV</source>
        <translation>成交额</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="134"/>
        <source>LIVE</source>
        <translation>直播中</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="135"/>
        <source>not live</source>
        <translation>未开播</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="138"/>
        <source>Link %1</source>
        <translation>%1号链接</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="151"/>
        <source>%1 s behind</source>
        <translation>落后 %1 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="169"/>
        <source>LiveDeck · all rooms</source>
        <translation>LiveDeck · 直播墙</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="186"/>
        <source>No room is open right now</source>
        <translation>现在没有打开的直播间</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="202"/>
        <source>%1 rooms · %2 live</source>
        <translation>%1 个直播间 · %2 个直播中</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_window.py" line="204"/>
        <source>All rooms</source>
        <translation>直播墙</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../app/ui/window_menus.py" line="43"/>
        <source>&amp;Show</source>
        <translation>节目(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="45"/>
        <source>New show…</source>
        <translation>新建节目…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="46"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="47"/>
        <source>Duplicate as template</source>
        <translation>复制为模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="48"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="50"/>
        <source>Import products…</source>
        <translation>导入商品…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="51"/>
        <source>Export run-sheet…</source>
        <translation>导出排品单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="53"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="55"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="56"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="58"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="63"/>
        <source>On &amp;air</source>
        <translation>直播(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="69"/>
        <source>Mute spoken cues</source>
        <translation>静音语音提示</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="76"/>
        <source>&amp;Commerce</source>
        <translation>营销(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="86"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="87"/>
        <source>Host view</source>
        <translation>主播提词屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="88"/>
        <source>Host view full screen</source>
        <translation>提词屏全屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="89"/>
        <source>Host view on screen</source>
        <translation>提词屏显示在</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="92"/>
        <location filename="../../app/ui/window_menus.py" line="139"/>
        <source>Next page of talking points</source>
        <translation>卖点翻到下一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="94"/>
        <source>Message to the host…</source>
        <translation>给主播发消息…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="95"/>
        <source>Unpin comment</source>
        <translation>取消置顶评论</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="96"/>
        <source>Clear host screen</source>
        <translation>清空主播屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="100"/>
        <source>S&amp;ettings</source>
        <translation>设置(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="101"/>
        <source>Comment relays…</source>
        <translation>评论数据源…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="102"/>
        <source>Banned words…</source>
        <translation>违禁词…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="103"/>
        <source>Remote access…</source>
        <translation>远程访问…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="104"/>
        <source>Overlays for OBS…</source>
        <translation>OBS 叠加页面…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="106"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="116"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="117"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="129"/>
        <source>anywhere in LiveDeck</source>
        <translation>LiveDeck 任意窗口</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="131"/>
        <source>run-sheet table</source>
        <translation>排品单表格</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="131"/>
        <source>main window</source>
        <translation>主窗口</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="135"/>
        <source>Pin the selected comment to the host view</source>
        <translation>把选中的评论置顶到主播屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="135"/>
        <location filename="../../app/ui/window_menus.py" line="136"/>
        <source>comment list</source>
        <translation>评论列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="136"/>
        <source>Read the selected comment aloud</source>
        <translation>朗读选中的评论</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="137"/>
        <source>Go to the selected item</source>
        <translation>切到选中的商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="137"/>
        <source>run order list</source>
        <translation>播出顺序列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="138"/>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="138"/>
        <source>message to the host</source>
        <translation>给主播的消息框</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="139"/>
        <location filename="../../app/ui/window_menus.py" line="140"/>
        <location filename="../../app/ui/window_menus.py" line="141"/>
        <location filename="../../app/ui/window_menus.py" line="143"/>
        <source>host view</source>
        <translation>主播屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="140"/>
        <source>Previous page of talking points</source>
        <translation>卖点翻到上一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="141"/>
        <source>Full screen on and off</source>
        <translation>全屏开关</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="142"/>
        <source>Add the selected products to the show</source>
        <translation>把选中的商品加入本场</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="142"/>
        <source>product library</source>
        <translation>商品库</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="143"/>
        <source>Leave full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="196"/>
        <source>Spoken cues muted</source>
        <translation>语音提示已静音</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="196"/>
        <source>Spoken cues on</source>
        <translation>语音提示已开启</translation>
    </message>
</context>
<context>
    <name>WindowShows</name>
    <message>
        <location filename="../../app/ui/window_shows.py" line="44"/>
        <location filename="../../app/ui/window_shows.py" line="150"/>
        <source>Import products</source>
        <translation>导入商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="45"/>
        <source>Product sheets (*.csv *.xlsx)</source>
        <translation>商品表 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="79"/>
        <source>Show is live</source>
        <translation>节目正在直播</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="80"/>
        <source>The open show is live. Switch to another show anyway? It stays live and reopens where it stands.</source>
        <translation>当前节目正在直播。仍要切换到其他节目吗？它会保持直播状态，重新打开时回到原处。</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="98"/>
        <source>New show</source>
        <translation>新建节目</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="98"/>
        <location filename="../../app/ui/window_shows.py" line="108"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="108"/>
        <source>Rename show</source>
        <translation>重命名节目</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="126"/>
        <source>A live show cannot be deleted; end it first</source>
        <translation>直播中的节目不能删除，请先下播</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="129"/>
        <source>Delete show</source>
        <translation>删除节目</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="130"/>
        <source>Delete “%1” with its run-sheet, events and comments? This cannot be undone.</source>
        <translation>删除“%1”及其排品单、事件和评论？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="147"/>
        <source>Open or create a show first</source>
        <translation>请先打开或新建一个节目</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="151"/>
        <source>Product sheets (*.csv *.xlsx *.xls *.xlsb *.ods)</source>
        <translation>商品表（*.csv *.xlsx *.xls *.xlsb *.ods）</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="155"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="168"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="196"/>
        <source>Export run-sheet</source>
        <translation>导出排品单</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="197"/>
        <source>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_shows.py" line="205"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>WordListDialog</name>
    <message>
        <location filename="../../app/ui/settings.py" line="156"/>
        <source>Banned and risky words</source>
        <translation>违禁词和风险词</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="162"/>
        <source>One per line: category, tab, word, tab, suggested rewording. Categories: absolute, medical, diversion, guarantee, banned.</source>
        <translation>每行一个：类别、Tab、词语、Tab、建议改写。类别：absolute（绝对化）、medical（医疗功效）、diversion（引流）、guarantee（虚假承诺）、banned（其他）。</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="364"/>
        <source>Edit show details</source>
        <translation>编辑节目信息</translation>
    </message>
</context>
</TS>
