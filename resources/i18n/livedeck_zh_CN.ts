<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FeedDelegate</name>
    <message>
        <location filename="../../app/ui/feed_view.py" line="242"/>
        <source>(removed by the platform)</source>
        <translation>（平台已删除）</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="249"/>
        <source>Q</source>
        <translation>问</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="256"/>
        <source>complaint</source>
        <translation>差评</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="258"/>
        <source>compliance</source>
        <translation>违规词</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="260"/>
        <source>order</source>
        <translation>下单</translation>
    </message>
</context>
<context>
    <name>FeedModel</name>
    <message>
        <location filename="../../app/ui/feed_view.py" line="114"/>
        <source>sent %1 × %2</source>
        <translation>送出 %1 × %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="116"/>
        <source>ordered %1 × %2</source>
        <translation>下单 %1 × %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="118"/>
        <source>followed</source>
        <translation>关注了主播</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="120"/>
        <source>shared the room</source>
        <translation>分享了直播间</translation>
    </message>
</context>
<context>
    <name>FeedView</name>
    <message>
        <location filename="../../app/ui/feed_view.py" line="276"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="276"/>
        <source>Questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="277"/>
        <location filename="../../app/ui/feed_view.py" line="319"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="277"/>
        <source>Gifts &amp; orders</source>
        <translation>礼物和订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="278"/>
        <source>Product mentions</source>
        <translation>提到商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="283"/>
        <source>Search comments or users</source>
        <translation>搜索评论或用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="286"/>
        <source>Keywords to highlight, separated by commas</source>
        <translation>要高亮的关键词，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="347"/>
        <source>%1 new ↓</source>
        <translation>%1 条新评论 ↓</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="370"/>
        <source>Any product</source>
        <translation>任意商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="403"/>
        <source>Pinned to the host view</source>
        <translation>已置顶到主播提词屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="413"/>
        <source>Queued to be read aloud</source>
        <translation>已加入朗读队列</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="415"/>
        <source>Not read aloud: speech is muted or a few comments are already waiting</source>
        <translation>未朗读：语音已静音，或已有几条评论在排队</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="423"/>
        <source>Pin to host view</source>
        <translation>置顶到主播提词屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="424"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="425"/>
        <source>History of %1…</source>
        <translation>%1 的历史评论…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="428"/>
        <source>Unblock %1</source>
        <translation>取消屏蔽 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="430"/>
        <source>Block %1 (hide their comments)</source>
        <translation>屏蔽 %1（隐藏其评论）</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="438"/>
        <source>Block viewer</source>
        <translation>屏蔽观众</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="439"/>
        <source>Hide comments from %1 in this feed? Use this for spam and abuse only: criticism of products stays visible, as the live-commerce rules require. Nothing is deleted.</source>
        <translation>在评论区隐藏 %1 的评论？仅用于垃圾广告和辱骂：按直播营销规定，对商品的批评仍会显示。不会删除任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="446"/>
        <source>%1 blocked</source>
        <translation>已屏蔽 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="451"/>
        <source>%1 unblocked</source>
        <translation>已取消屏蔽 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="463"/>
        <source>%1 — history</source>
        <translation>%1 — 历史评论</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="468"/>
        <source>No comments yet</source>
        <translation>还没有评论</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../../app/ui/feed_view.py" line="482"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="482"/>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="482"/>
        <source>Per second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="483"/>
        <source>Last event</source>
        <translation>最近事件</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="483"/>
        <source>Reconnects</source>
        <translation>重连次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="483"/>
        <source>Malformed</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="498"/>
        <source>%1 events · %2/s · %3 duplicates dropped · %4 malformed · %5 viewers online</source>
        <translation>%1 条事件 · %2 条/秒 · 去重 %3 条 · 格式错误 %4 条 · 在线 %5 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/feed_view.py" line="512"/>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
</context>
<context>
    <name>HostView</name>
    <message>
        <location filename="../../app/ui/host_view.py" line="31"/>
        <source>LiveDeck — Host view</source>
        <translation>LiveDeck — 主播提词屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="165"/>
        <source>Not on air yet</source>
        <translation>尚未开播</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="167"/>
        <source>Show ended · %1</source>
        <translation>已下播 · %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="169"/>
        <source>On air %1</source>
        <translation>直播中 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="171"/>
        <source>Planned end %1 · projected %2</source>
        <translation>计划结束 %1 · 预计 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="178"/>
        <source>No show open</source>
        <translation>未打开节目</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="185"/>
        <source>Stock %1</source>
        <translation>库存 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="196"/>
        <location filename="../../app/ui/host_view.py" line="197"/>
        <source>time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="196"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="197"/>
        <source>wrap up</source>
        <translation>准备收尾</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="197"/>
        <source>overtime</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="205"/>
        <source>Next: %1</source>
        <translation>下一个：%1</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="50"/>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="52"/>
        <source>Nothing was imported from %1. Fix these rows and import again:</source>
        <translation>%1 未导入任何内容。请修正以下各行后重新导入：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="41"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="41"/>
        <source>LIVE</source>
        <translation>直播中</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="42"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="81"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82"/>
        <source>Feed health</source>
        <translation>数据源状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89"/>
        <source>Run-sheet</source>
        <translation>排品单</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>On air</source>
        <translation>直播中控</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>Shows</source>
        <translation>节目</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131"/>
        <source>&amp;Show</source>
        <translation>节目(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132"/>
        <source>New show…</source>
        <translation>新建节目…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="133"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="134"/>
        <source>Duplicate as template</source>
        <translation>复制为模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137"/>
        <source>Import products…</source>
        <translation>导入商品…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>Export run-sheet…</source>
        <translation>导出排品单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>On &amp;air</source>
        <translation>直播(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Mute spoken cues</source>
        <translation>静音语音提示</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>Host view</source>
        <translation>主播提词屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>Host view full screen</source>
        <translation>提词屏全屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>Host view on screen</source>
        <translation>提词屏显示在</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>S&amp;ettings</source>
        <translation>设置(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167"/>
        <source>Comment relays…</source>
        <translation>评论数据源…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>Banned words…</source>
        <translation>违禁词…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193"/>
        <source>Spoken cues muted</source>
        <translation>语音提示已静音</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193"/>
        <source>Spoken cues on</source>
        <translation>语音提示已开启</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="228"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n 个商品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="246"/>
        <source>Show is live</source>
        <translation>节目正在直播</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
        <source>The open show is live. Switch to another show anyway? It stays live and reopens where it stands.</source>
        <translation>当前节目正在直播。仍要切换到其他节目吗？它会保持直播状态，重新打开时回到原处。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259"/>
        <source>New show</source>
        <translation>新建节目</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259"/>
        <location filename="../../app/ui/main_window.py" line="270"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="270"/>
        <source>Rename show</source>
        <translation>重命名节目</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>%1 (copy)</source>
        <translation>%1 (副本)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>A live show cannot be deleted; end it first</source>
        <translation>直播中的节目不能删除，请先下播</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="295"/>
        <source>Delete show</source>
        <translation>删除节目</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="296"/>
        <source>Delete “%1” with its run-sheet, events and comments? This cannot be undone.</source>
        <translation>删除“%1”及其排品单、事件和评论？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="313"/>
        <source>Open or create a show first</source>
        <translation>请先打开或新建一个节目</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="316"/>
        <source>Import products</source>
        <translation>导入商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317"/>
        <source>Product sheets (*.csv *.xlsx)</source>
        <translation>商品表 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="328"/>
        <source>Import refused: %n bad rows</source>
        <translation>
            <numerusform>导入被拒绝：%n 行有误</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="331"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="335"/>
        <source>Imported %n products</source>
        <translation>
            <numerusform>已导入 %n 个商品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="341"/>
        <source>Export run-sheet</source>
        <translation>导出排品单</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="342"/>
        <source>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="350"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="60"/>
        <source>Start show</source>
        <translation>开播</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="61"/>
        <source>◀ Previous</source>
        <translation>◀ 上一个</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="62"/>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="63"/>
        <source>Pause / resume</source>
        <translation>暂停 / 继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="64"/>
        <source>−1 min</source>
        <translation>−1 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="65"/>
        <source>+1 min</source>
        <translation>+1 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="66"/>
        <location filename="../../app/ui/operator_panel.py" line="118"/>
        <source>End show</source>
        <translation>下播</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="88"/>
        <source>Double-click or Enter: go to this item</source>
        <translation>双击或回车：跳到这个商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="93"/>
        <source>Run order (double-click to go to an item)</source>
        <translation>讲解顺序（双击跳到某个商品）</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="116"/>
        <source>The show is not live</source>
        <translation>节目未在直播</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="119"/>
        <source>End the show now? The clocks stop and this cannot be undone.</source>
        <translation>现在下播吗？计时将停止，且无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="148"/>
        <source>Now: %1</source>
        <translation>正在讲：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="149"/>
        <source>No show open</source>
        <translation>未打开节目</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="150"/>
        <source>Next: %1</source>
        <translation>下一个：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="161"/>
        <source>Show clock %1 · over/under %2</source>
        <translation>直播时长 %1 · 超出/提前 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="166"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/operator_panel.py" line="167"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>RelayDialog</name>
    <message>
        <location filename="../../app/ui/settings.py" line="47"/>
        <source>Comment relays</source>
        <translation>评论数据源</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="49"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="49"/>
        <source>URL</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="49"/>
        <source>Twitch channel</source>
        <translation>Twitch 频道</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="55"/>
        <source>Add relay</source>
        <translation>添加数据源</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="57"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="69"/>
        <source>LiveDeck connects to these relays and reconnects by itself if one drops. Relays can also push to ws://127.0.0.1:PORT/ingest.</source>
        <translation>LiveDeck 会连接这些数据源，断线后自动重连。数据源也可以推送到 ws://127.0.0.1:端口/ingest。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="104"/>
        <source>Each relay needs a ws:// or wss:// URL, and Twitch a channel.</source>
        <translation>每个数据源都需要 ws:// 或 wss:// 地址，Twitch 还需要频道名。</translation>
    </message>
</context>
<context>
    <name>RunSheetEditor</name>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="52"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="54"/>
        <source>Host</source>
        <translation>主播</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="56"/>
        <source>Planned start</source>
        <translation>计划开播</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="58"/>
        <source>Show</source>
        <translation>节目</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="94"/>
        <source>Add product</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="95"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="96"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="97"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="109"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="110"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="150"/>
        <source>The show title cannot be empty</source>
        <translation>节目标题不能为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="167"/>
        <source>New product</source>
        <translation>新商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="194"/>
        <source>%1 items · %2 min</source>
        <translation>%1 个商品 · %2 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="197"/>
        <source>planned end %1</source>
        <translation>计划结束 %1</translation>
    </message>
</context>
<context>
    <name>RunSheetModel</name>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="37"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="37"/>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="38"/>
        <source>List price</source>
        <translation>日常价</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="39"/>
        <source>Live price</source>
        <translation>直播价</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="40"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="41"/>
        <source>Minutes</source>
        <translation>时长(分)</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="42"/>
        <source>Talking points</source>
        <translation>卖点话术</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="43"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="43"/>
        <source>Cues</source>
        <translation>提示节点</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="56"/>
        <source>Stock must be a whole number</source>
        <translation>库存必须是整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="58"/>
        <source>Stock cannot be negative</source>
        <translation>库存不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="64"/>
        <source>Minutes must be a number</source>
        <translation>时长必须是数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="66"/>
        <source>Minutes must be between 0 and 600</source>
        <translation>时长必须在 0 到 600 分钟之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="71"/>
        <source>The product name cannot be empty</source>
        <translation>商品名称不能为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="209"/>
        <source>Items already on air cannot be removed</source>
        <translation>已经讲过或正在讲的商品不能移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="277"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="289"/>
        <source>Add product</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="313"/>
        <source>Remove product</source>
        <translation>移除商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_model.py" line="334"/>
        <source>Move product</source>
        <translation>移动商品</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <location filename="../../app/studio/studio.py" line="33"/>
        <source>no such item</source>
        <translation>没有这个商品</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="34"/>
        <source>target position is outside the run-sheet</source>
        <translation>目标位置超出排品单范围</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="35"/>
        <source>only items still to come can be moved while live</source>
        <translation>直播中只能调整还没讲的商品</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="36"/>
        <source>the show has ended</source>
        <translation>节目已经结束</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="138"/>
        <source>unknown command %1</source>
        <translation>未知命令 %1</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="140"/>
        <source>args must be an object</source>
        <translation>args 必须是对象</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="146"/>
        <source>%1: bad arguments (%2)</source>
        <translation>%1：参数有误（%2）</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="154"/>
        <source>no show is open</source>
        <translation>没有打开的节目</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="160"/>
        <source>the show is not live</source>
        <translation>节目未在直播</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="176"/>
        <source>the show has already started</source>
        <translation>节目已经开播</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="179"/>
        <source>the run-sheet has no items</source>
        <translation>排品单是空的</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="197"/>
        <source>Now: %1</source>
        <translation>正在讲：%1</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="207"/>
        <source>this is the last item; end the show instead</source>
        <translation>这是最后一个商品，请直接下播</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="214"/>
        <source>this is the first item</source>
        <translation>这是第一个商品</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="222"/>
        <source>item %1 is not on the run-sheet</source>
        <translation>商品 %1 不在排品单上</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="227"/>
        <source>index %1 is outside the run-sheet</source>
        <translation>序号 %1 超出排品单范围</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="233"/>
        <source>the timer is already paused</source>
        <translation>计时已经暂停</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="240"/>
        <source>the timer is not paused</source>
        <translation>计时没有暂停</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="248"/>
        <source>seconds must be non-zero and at most an hour either way</source>
        <translation>秒数不能为 0，且前后调整不超过一小时</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="273"/>
        <source>comment %1 not found</source>
        <translation>找不到评论 %1</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="291"/>
        <source>nothing is pinned</source>
        <translation>没有置顶的评论</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="298"/>
        <source>text is empty</source>
        <translation>文本为空</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="351"/>
        <source>One minute left</source>
        <translation>还剩一分钟</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="354"/>
        <source>Overtime</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="356"/>
        <source>, next: %1</source>
        <translation>，下一个：%1</translation>
    </message>
</context>
<context>
    <name>WordListDialog</name>
    <message>
        <location filename="../../app/ui/settings.py" line="119"/>
        <source>Banned and risky words</source>
        <translation>违禁词和风险词</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="125"/>
        <source>One per line: category, tab, word, tab, suggested rewording. Categories: absolute, medical, diversion, guarantee, banned.</source>
        <translation>每行一个：类别、Tab、词语、Tab、建议改写。类别：absolute（绝对化）、medical（医疗功效）、diversion（引流）、guarantee（虚假承诺）、banned（其他）。</translation>
    </message>
</context>
</TS>
