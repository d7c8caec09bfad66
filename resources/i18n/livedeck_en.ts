<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <location filename="../../app/ui/host_view.py" line="165"/>
        <source>Not on air yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="167"/>
        <source>Show ended · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="169"/>
        <source>On air %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="171"/>
        <source>Planned end %1 · projected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="178"/>
        <source>No show open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="185"/>
        <source>Stock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="196"/>
        <location filename="../../app/ui/host_view.py" line="197"/>
        <source>time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="196"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="197"/>
        <source>wrap up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="197"/>
        <source>overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/host_view.py" line="205"/>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="50"/>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="52"/>
        <source>Nothing was imported from %1. Fix these rows and import again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="41"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="41"/>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="42"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="81"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82"/>
        <source>Feed health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89"/>
        <source>Run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>On air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132"/>
        <source>New show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="133"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="134"/>
        <source>Duplicate as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137"/>
        <source>Import products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>Export run-sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>On &amp;air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Mute spoken cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>Host view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>Host view full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>Host view on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>S&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167"/>
        <source>Comment relays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>Banned words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193"/>
        <source>Spoken cues muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193"/>
        <source>Spoken cues on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="228"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="246"/>
        <source>Show is live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
        <source>The open show is live. Switch to another show anyway? It stays live and reopens where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259"/>
        <source>New show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259"/>
        <location filename="../../app/ui/main_window.py" line="270"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="270"/>
        <source>Rename show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>A live show cannot be deleted; end it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="295"/>
        <source>Delete show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="296"/>
        <source>Delete “%1” with its run-sheet, events and comments? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="313"/>
        <source>Open or create a show first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="316"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317"/>
        <source>Product sheets (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="328"/>
        <source>Import refused: %n bad rows</source>
        <translation>
            <numerusform>Import refused: %n bad row</numerusform>
            <numerusform>Import refused: %n bad rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="331"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="335"/>
        <source>Imported %n products</source>
        <translation>
            <numerusform>Imported %n product</numerusform>
            <numerusform>Imported %n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="341"/>
        <source>Export run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="342"/>
        <source>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="350"/>
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
        <location filename="../../app/ui/runsheet_editor.py" line="52"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="54"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="56"/>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="58"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="94"/>
        <source>Add product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="95"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="96"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="97"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="109"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="110"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="150"/>
        <source>The show title cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="167"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="194"/>
        <source>%1 items · %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/runsheet_editor.py" line="197"/>
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
        <location filename="../../app/studio/studio.py" line="33"/>
        <source>no such item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="34"/>
        <source>target position is outside the run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="35"/>
        <source>only items still to come can be moved while live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="36"/>
        <source>the show has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="138"/>
        <source>unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="140"/>
        <source>args must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="146"/>
        <source>%1: bad arguments (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="154"/>
        <source>no show is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="160"/>
        <source>the show is not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="176"/>
        <source>the show has already started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="179"/>
        <source>the run-sheet has no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="197"/>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="207"/>
        <source>this is the last item; end the show instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="214"/>
        <source>this is the first item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="222"/>
        <source>item %1 is not on the run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="227"/>
        <source>index %1 is outside the run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="233"/>
        <source>the timer is already paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="240"/>
        <source>the timer is not paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="248"/>
        <source>seconds must be non-zero and at most an hour either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="273"/>
        <source>comment %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="291"/>
        <source>nothing is pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="298"/>
        <source>text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="351"/>
        <source>One minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="354"/>
        <source>Overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="356"/>
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
</TS>
