<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <location filename="../../app/ui/main_window.py" line="46"/>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="48"/>
        <source>Nothing was imported from %1. Fix these rows and import again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="37"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="37"/>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="38"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="75"/>
        <source>Run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="76"/>
        <source>On air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82"/>
        <source>Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="118"/>
        <source>New show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="119"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>Duplicate as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="121"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123"/>
        <source>Import products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="124"/>
        <source>Export run-sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="126"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="128"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>On &amp;air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>Mute spoken cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <source>Host view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>Host view full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>Host view on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>Spoken cues muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>Spoken cues on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="199"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217"/>
        <source>Show is live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218"/>
        <source>The open show is live. Switch to another show anyway? It stays live and reopens where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230"/>
        <source>New show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230"/>
        <location filename="../../app/ui/main_window.py" line="241"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="241"/>
        <source>Rename show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="253"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263"/>
        <source>A live show cannot be deleted; end it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266"/>
        <source>Delete show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="267"/>
        <source>Delete “%1” with its run-sheet, events and comments? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="284"/>
        <source>Open or create a show first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="288"/>
        <source>Product sheets (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="299"/>
        <source>Import refused: %n bad rows</source>
        <translation>
            <numerusform>Import refused: %n bad row</numerusform>
            <numerusform>Import refused: %n bad rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="302"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="306"/>
        <source>Imported %n products</source>
        <translation>
            <numerusform>Imported %n product</numerusform>
            <numerusform>Imported %n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="312"/>
        <source>Export run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="313"/>
        <source>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321"/>
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
        <location filename="../../app/studio/studio.py" line="31"/>
        <source>no such item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="32"/>
        <source>target position is outside the run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="33"/>
        <source>only items still to come can be moved while live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="34"/>
        <source>the show has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="131"/>
        <source>unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="133"/>
        <source>args must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="139"/>
        <source>%1: bad arguments (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="147"/>
        <source>no show is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="153"/>
        <source>the show is not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="169"/>
        <source>the show has already started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="172"/>
        <source>the run-sheet has no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="190"/>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="200"/>
        <source>this is the last item; end the show instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="207"/>
        <source>this is the first item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="215"/>
        <source>item %1 is not on the run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="220"/>
        <source>index %1 is outside the run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="226"/>
        <source>the timer is already paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="233"/>
        <source>the timer is not paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="241"/>
        <source>seconds must be non-zero and at most an hour either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="266"/>
        <source>comment %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="277"/>
        <source>nothing is pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="284"/>
        <source>text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="335"/>
        <source>One minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="338"/>
        <source>Overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/studio/studio.py" line="340"/>
        <source>, next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
