<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityColumns</name>
    <message>
        <source>E-mail address of the lead</source>
        <translation>E-Mail-Adresse des Leads</translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation>Lead-ID</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>the lead&apos;s e-mail address or id</source>
        <translation>die E-Mail-Adresse oder die ID des Leads</translation>
    </message>
    <message>
        <source>the activity</source>
        <translation>die Aktivität</translation>
    </message>
    <message>
        <source>its time</source>
        <translation>ihr Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>ActivityImport</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Datensatz %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Datensatz %1, Spalte %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing was stored. %n row(s) read: </source>
        <translation>
            <numerusform>Probelauf, es wurde nichts gespeichert. %n Datensatz gelesen: </numerusform>
            <numerusform>Probelauf, es wurde nichts gespeichert. %n Datensätze gelesen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: </source>
        <translation>
            <numerusform>%n Datensatz gelesen: </numerusform>
            <numerusform>%n Datensätze gelesen: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 activities imported, %2 already known, %3 unmatched, %4 rejected; %5 lead(s) rescored.</source>
        <translation>%1 Aktivitäten importiert, %2 bereits bekannt, %3 nicht zugeordnet, %4 abgelehnt; %5 Lead(s) neu bewertet.</translation>
    </message>
    <message>
        <source>no activity is given</source>
        <translation>keine Aktivität angegeben</translation>
    </message>
    <message>
        <source>the activity &quot;%1&quot; is not one the scoring knows (download, webinar, event, e-mail click, landing-page visit, social reaction, form submission)</source>
        <translation>die Aktivität „%1“ ist der Bewertung nicht bekannt (Download, Webinar, Veranstaltung, E-Mail-Klick, Landingpage-Besuch, Social-Media-Reaktion, Formularübermittlung)</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; cannot be read</source>
        <translation>der Zeitpunkt „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; cannot be read: %2</source>
        <translation>der Zeitpunkt „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>there is no lead %1</source>
        <translation>es gibt keinen Lead %1</translation>
    </message>
    <message>
        <source>neither an e-mail address nor a lead id is given</source>
        <translation>weder eine E-Mail-Adresse noch eine Lead-ID ist angegeben</translation>
    </message>
    <message>
        <source>no lead has the e-mail address %1</source>
        <translation>kein Lead hat die E-Mail-Adresse %1</translation>
    </message>
    <message>
        <source>%1 has no column for %2; its columns are: %3.</source>
        <translation>%1 hat keine Spalte für %2; ihre Spalten sind: %3.</translation>
    </message>
</context>
<context>
    <name>BarChartView</name>
    <message>
        <source>Click to list these leads.</source>
        <translation>Klicken, um diese Leads aufzulisten.</translation>
    </message>
</context>
<context>
    <name>BatchInsert</name>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben in %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a regular file.</source>
        <translation>%1 kann nicht gelesen werden: Es ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is larger than %2, the most LeadScout reads for it.</source>
        <translation>%1 kann nicht gelesen werden: Die Datei ist größer als %2; mehr liest LeadScout dafür nicht.</translation>
    </message>
</context>
<context>
    <name>CallLog</name>
    <message>
        <source>The call&apos;s duration must be between 0 seconds and 24 hours.</source>
        <translation>Die Dauer des Anrufs muss zwischen 0 Sekunden und 24 Stunden liegen.</translation>
    </message>
    <message>
        <source>A requested callback needs a date and time.</source>
        <translation>Für einen erbetenen Rückruf sind Datum und Uhrzeit erforderlich.</translation>
    </message>
    <message>
        <source>The callback time has already passed; choose a time in the future.</source>
        <translation>Der Rückrufzeitpunkt liegt bereits in der Vergangenheit; wählen Sie einen Zeitpunkt in der Zukunft.</translation>
    </message>
    <message>
        <source>Lead %1 no longer exists; the call was not logged.</source>
        <translation>Lead %1 existiert nicht mehr; der Anruf wurde nicht protokolliert.</translation>
    </message>
    <message>
        <source>This call can no longer be undone.</source>
        <translation>Dieser Anruf kann nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The call cannot be undone: the lead has changed since (a later call or a stage change). Undo that first.</source>
        <translation>Der Anruf kann nicht rückgängig gemacht werden: Der Lead wurde seitdem geändert (durch einen späteren Anruf oder einen Phasenwechsel). Machen Sie zuerst diese Änderung rückgängig.</translation>
    </message>
    <message>
        <source>%1 (lead %2) must not be called (do not call); the call was not logged.</source>
        <translation>%1 (Lead %2) darf nicht angerufen werden (Nicht anrufen); der Anruf wurde nicht protokolliert.</translation>
    </message>
    <message>
        <source>The phone number of %1 (lead %2) is marked as wrong; the call was not logged.</source>
        <translation>Die Telefonnummer von %1 (Lead %2) ist als falsch markiert; der Anruf wurde nicht protokolliert.</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>— choose the outcome —</source>
        <translation>— Ergebnis wählen —</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Unreached attempts: %1 of %2</source>
        <translation>Nicht erreichte Versuche: %1 von %2</translation>
    </message>
    <message>
        <source>Not dialled</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>Calling… %1</source>
        <translation>Anruf läuft … %1</translation>
    </message>
    <message>
        <source>Call time %1</source>
        <translation>Anrufdauer %1</translation>
    </message>
    <message>
        <source>Your time: %1 · the lead&apos;s time: %2 (%3)</source>
        <translation>Ihre Zeit: %1 · Ortszeit des Leads: %2 (%3)</translation>
    </message>
    <message>
        <source>Outside the lead&apos;s calling hours (%1): the callback appears when they open.</source>
        <translation>Außerhalb der Anrufzeiten des Leads (%1): Der Rückruf erscheint, sobald sie beginnen.</translation>
    </message>
    <message>
        <source>Kept with the call, never in logs</source>
        <translation>Wird mit dem Anruf gespeichert, nie in Protokolldateien</translation>
    </message>
    <message>
        <source>no lead</source>
        <translation>kein Lead</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>&amp;Was gesagt wurde:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Callbac&amp;k at (your time):</source>
        <translation>Rüc&amp;kruf um (Ihre Zeit):</translation>
    </message>
</context>
<context>
    <name>CallingHours</name>
    <message>
        <source>Mon–Fri</source>
        <translation>Mo–Fr</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>%1–%2, %3</source>
        <translation>%1–%2, %3</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot draw %1 as PNG.</source>
        <translation>%1 kann nicht als PNG gezeichnet werden.</translation>
    </message>
    <message>
        <source>LeadScout dashboard</source>
        <translation>LeadScout-Dashboard</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>leadscout %1: %2</source>
        <translation>leadscout %1: %2</translation>
    </message>
    <message>
        <source>Try &apos;leadscout %1 --help&apos;.</source>
        <translation>Siehe &apos;leadscout %1 --help&apos;.</translation>
    </message>
    <message>
        <source>The store: a SQLite file or a postgresql:// URL.</source>
        <translation>Der Datenbestand: eine SQLite-Datei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>Log debug detail.</source>
        <translation>Details zur Fehlersuche protokollieren.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>--%1 braucht eine ganze Zahl von mindestens %2, nicht „%3“.</translation>
    </message>
    <message>
        <source>Usage: leadscout %1 %2</source>
        <translation>Aufruf: leadscout %1 %2</translation>
    </message>
    <message>
        <source>Write realistic demo data with six months of history</source>
        <translation>Realistische Demodaten mit einem Verlauf von sechs Monaten schreiben</translation>
    </message>
    <message>
        <source>The file to write; its extension (.csv or .xlsx) chooses the format.</source>
        <translation>Die zu schreibende Datei; die Endung (.csv oder .xlsx) bestimmt das Format.</translation>
    </message>
    <message>
        <source>CSV delimiter: &quot;,&quot; (default) or &quot;;&quot; (for German Excel).</source>
        <translation>CSV-Trennzeichen: „,“ (Standard) oder „;“ (für deutsches Excel).</translation>
    </message>
    <message>
        <source>Export this earlier batch (id or code) again instead of handing off; changes nothing.</source>
        <translation>Diese frühere Übergabe (ID oder Code) erneut exportieren, statt zu übergeben; ändert nichts.</translation>
    </message>
    <message>
        <source>Who hands off (default: the rep name in the settings).</source>
        <translation>Wer übergibt (Standard: Ihr Name aus den Einstellungen).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--out FILE.csv or --out FILE.xlsx is required.</source>
        <translation>--out FILE.csv oder --out FILE.xlsx ist erforderlich.</translation>
    </message>
    <message>
        <source>cannot tell the format of &quot;%1&quot;: the file name must end in .csv or .xlsx.</source>
        <translation>das Format von „%1“ ist nicht erkennbar: Der Dateiname muss auf .csv oder .xlsx enden.</translation>
    </message>
    <message>
        <source>--delimiter must be &quot;,&quot; or &quot;;&quot;, not &quot;%1&quot;.</source>
        <translation>--delimiter muss „,“ oder „;“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--delimiter applies to CSV files only; %1 is an XLSX file.</source>
        <translation>--delimiter gilt nur für CSV-Dateien; %1 ist eine XLSX-Datei.</translation>
    </message>
    <message numerus="yes">
        <source>Exported batch %1 (id %2, %n lead(s)) again to %3; nothing in the store changed.</source>
        <translation>
            <numerusform>Übergabe %1 (ID %2, %n Lead) erneut in %3 exportiert; im Datenbestand wurde nichts geändert.</numerusform>
            <numerusform>Übergabe %1 (ID %2, %n Leads) erneut in %3 exportiert; im Datenbestand wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No leads are ready to hand off: no file was written and no batch was made.</source>
        <translation>Keine Leads zur Übergabe bereit: Es wurde keine Datei geschrieben und keine Übergabe angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>Handed off %n lead(s) as batch %1 (id %2) to %3.</source>
        <translation>
            <numerusform>%n Lead als Übergabe %1 (ID %2) übergeben und in %3 geschrieben.</numerusform>
            <numerusform>%n Leads als Übergabe %1 (ID %2) übergeben und in %3 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no handoff batch &quot;%1&quot; in %2.</source>
        <translation>In %2 gibt es keine Übergabe „%1“.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Hand every sales-ready lead to sales as a file, or export an earlier batch again</source>
        <translation>Alle vertriebsreifen Leads als Datei an den Vertrieb übergeben oder eine frühere Übergabe erneut exportieren</translation>
    </message>
    <message>
        <source>Whose claims count as their own.</source>
        <translation>Wessen Reservierungen als eigene gelten.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Queue of %1 (calling hours %2 in the lead&apos;s time, at most %3 attempts, SLA %4 h):</source>
        <translation>Anrufliste aus %1 (Anrufzeiten %2 in der Ortszeit des Leads, höchstens %3 Versuche, SLA %4 h):</translation>
    </message>
    <message>
        <source>  No lead is callable now.</source>
        <translation>  Derzeit ist kein Lead anrufbar.</translation>
    </message>
    <message>
        <source>Held back:</source>
        <translation>Zurückgestellt:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  keine</translation>
    </message>
    <message>
        <source>The next leads in queue order, and why</source>
        <translation>Die nächsten Leads in der Reihenfolge der Anrufliste, mit Begründung</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Telefonnummer.</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Vorname.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Nachname.</translation>
    </message>
    <message>
        <source>Position (job title).</source>
        <translation>Position (Stellenbezeichnung).</translation>
    </message>
    <message>
        <source>Seniority key.</source>
        <translation>Schlüssel der Hierarchieebene.</translation>
    </message>
    <message>
        <source>Company.</source>
        <translation>Unternehmen.</translation>
    </message>
    <message>
        <source>Company website.</source>
        <translation>Website des Unternehmens.</translation>
    </message>
    <message>
        <source>Industry key.</source>
        <translation>Schlüssel der Branche.</translation>
    </message>
    <message>
        <source>Number of employees.</source>
        <translation>Anzahl der Beschäftigten.</translation>
    </message>
    <message>
        <source>Country (ISO code, e.g. DE).</source>
        <translation>Land (ISO-Code, z. B. DE).</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>Ort.</translation>
    </message>
    <message>
        <source>Source channel key (default: inbound_call).</source>
        <translation>Schlüssel des Quellkanals (Standard: inbound_call).</translation>
    </message>
    <message>
        <source>Campaign.</source>
        <translation>Kampagne.</translation>
    </message>
    <message>
        <source>Rep recorded as creator (default: your rep name).</source>
        <translation>Als Ersteller erfasster Mitarbeiter (Standard: Ihr Name aus den Einstellungen).</translation>
    </message>
    <message>
        <source>Add the lead even when it looks like a duplicate or the person was erased on request.</source>
        <translation>Den Lead auch dann anlegen, wenn er wie eine Dublette aussieht oder die Person auf Verlangen gelöscht wurde.</translation>
    </message>
    <message>
        <source>give --email or --phone: a lead needs at least one way to reach them.</source>
        <translation>--email oder --phone angeben: Ein Lead braucht mindestens eine Kontaktmöglichkeit.</translation>
    </message>
    <message>
        <source>Likely duplicate of %1.</source>
        <translation>Wahrscheinlich eine Dublette von %1.</translation>
    </message>
    <message>
        <source>The lead was not added. Use --allow-duplicate to add it anyway.</source>
        <translation>Der Lead wurde nicht angelegt. Mit --allow-duplicate legen Sie ihn trotzdem an.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Added lead %1 (%2) at stage %3.</source>
        <translation>Lead %1 (%2) in Phase %3 angelegt.</translation>
    </message>
    <message>
        <source>Enter a new lead, checked like the new-lead dialog</source>
        <translation>Einen neuen Lead erfassen, geprüft wie im Dialog für neue Leads</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>Die zu schreibende JSON-Datei.</translation>
    </message>
    <message>
        <source>The HTML summary to write (default: beside the JSON, ending in .html).</source>
        <translation>Die zu schreibende HTML-Zusammenfassung (Standard: neben der JSON-Datei, mit der Endung .html).</translation>
    </message>
    <message>
        <source>--out FILE.json is required.</source>
        <translation>--out FILE.json ist erforderlich.</translation>
    </message>
    <message>
        <source>No lead matches %1; nothing was written.</source>
        <translation>Für %1 wurde kein Lead gefunden; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote everything stored about %n lead(s) to %1 and %2.</source>
        <translation>
            <numerusform>Alles, was zu %n Lead gespeichert ist, wurde in %1 und %2 geschrieben.</numerusform>
            <numerusform>Alles, was zu %n Leads gespeichert ist, wurde in %1 und %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything stored about a lead, as JSON and a readable HTML summary</source>
        <translation>Auskunft über alles, was zu einem Lead gespeichert ist, als JSON und als lesbare HTML-Zusammenfassung</translation>
    </message>
    <message>
        <source>Type &quot;erase&quot; to erase this for good, anything else to stop:</source>
        <translation>Geben Sie „erase“ ein, um dies endgültig zu löschen, oder etwas anderes, um abzubrechen:</translation>
    </message>
    <message>
        <source>Note: these backups, taken before schema upgrades, are copies of the store as it was and may still hold the erased data; delete them if they are no longer needed:
  %1</source>
        <translation>Hinweis: Diese Sicherungen wurden vor Schema-Aktualisierungen angelegt, sind Kopien des damaligen Datenbestands und können die gelöschten Daten noch enthalten; löschen Sie sie, wenn sie nicht mehr benötigt werden:
  %1</translation>
    </message>
    <message>
        <source>Erase without asking.</source>
        <translation>Ohne Rückfrage löschen.</translation>
    </message>
    <message>
        <source>No lead matches %1; nothing was erased.</source>
        <translation>Für %1 wurde kein Lead gefunden; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Nothing was erased. Run again with --yes to erase.</source>
        <translation>Es wurde nichts gelöscht. Führen Sie den Befehl zum Löschen erneut mit --yes aus.</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n lead(s) with everything stored about them (%1 rows). A suppression entry remembers them by hash only.</source>
        <translation>
            <numerusform>%n Lead mit allem, was dazu gespeichert war, gelöscht (%1 Datensätze). Ein Sperreintrag hält ihn nur als Hashwert fest.</numerusform>
            <numerusform>%n Leads mit allem, was dazu gespeichert war, gelöscht (%1 Datensätze). Ein Sperreintrag hält sie nur als Hashwert fest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: another program has the store open, so its write-ahead log could not be emptied yet; it is emptied when that program closes the store.</source>
        <translation>Warnung: Ein anderes Programm hat den Datenbestand geöffnet, daher konnte sein Write-Ahead-Log noch nicht geleert werden; das geschieht, sobald dieses Programm den Datenbestand schließt.</translation>
    </message>
    <message>
        <source>Erase a lead and everything about them on request (asks unless --yes)</source>
        <translation>Einen Lead und alles über ihn auf Verlangen löschen (mit Rückfrage, außer bei --yes)</translation>
    </message>
    <message>
        <source>The lead with this id.</source>
        <translation>Der Lead mit dieser ID.</translation>
    </message>
    <message>
        <source>Every lead with this e-mail address (any capitalisation).</source>
        <translation>Alle Leads mit dieser E-Mail-Adresse (unabhängig von Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>give either --lead ID or --email ADDRESS (one of them).</source>
        <translation>entweder --lead ID oder --email ADDRESS angeben (nur eines davon).</translation>
    </message>
    <message>
        <source>--email needs an address.</source>
        <translation>--email braucht eine Adresse.</translation>
    </message>
    <message>
        <source>the e-mail address %1</source>
        <translation>die E-Mail-Adresse %1</translation>
    </message>
    <message>
        <source>lead %1</source>
        <translation>die Lead-ID %1</translation>
    </message>
    <message>
        <source>Score every lead again (optionally with new rules, saved as a version)</source>
        <translation>Alle Leads neu bewerten (optional mit neuen Regeln, als Regelversion gespeichert)</translation>
    </message>
    <message>
        <source>How many leads to list (default 20, at most 10000).</source>
        <translation>Wie viele Leads aufgelistet werden (Standard 20, höchstens 10000).</translation>
    </message>
    <message>
        <source>--limit must be at most %1, not &quot;%2&quot;.</source>
        <translation>--limit darf höchstens %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>Owning rep&apos;s name (a rep of the team, or --rep).</source>
        <translation>Name des zuständigen Mitarbeiters (ein Mitarbeiter des Teams oder --rep).</translation>
    </message>
    <message>
        <source>--%1 needs a value; leave the option out instead.</source>
        <translation>--%1 braucht einen Wert; lassen Sie die Option sonst weg.</translation>
    </message>
    <message>
        <source>Note: wrote the handoff file %1, which an interrupted handoff had left unfinished.</source>
        <translation>Hinweis: Die Übergabedatei %1 wurde geschrieben; eine unterbrochene Übergabe hatte sie unvollständig hinterlassen.</translation>
    </message>
    <message>
        <source>Warning: an interrupted handoff could not be finished: %1</source>
        <translation>Warnung: Eine unterbrochene Übergabe konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>There is no rep &quot;%1&quot; in %2; nothing was listed.</source>
        <translation>In %2 gibt es keinen Mitarbeiter „%1“; es wurde nichts aufgelistet.</translation>
    </message>
    <message>
        <source>Check and report, but store nothing.</source>
        <translation>Prüfen und berichten, aber nichts speichern.</translation>
    </message>
    <message>
        <source>name the activity file (CSV or XLSX).</source>
        <translation>die Aktivitätsdatei (CSV oder XLSX) angeben.</translation>
    </message>
    <message>
        <source>The file %1 does not exist or is not a file.</source>
        <translation>Die Datei %1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>Import activities (downloads, webinars, clicks…) as interest events</source>
        <translation>Aktivitäten (Downloads, Webinare, Klicks …) als Interesse-Ereignisse importieren</translation>
    </message>
    <message>
        <source>The CSV or XLSX file to import.</source>
        <translation>Die zu importierende CSV- oder XLSX-Datei.</translation>
    </message>
    <message>
        <source>Source channel of rows that name none.</source>
        <translation>Quellkanal für Datensätze, die keinen angeben.</translation>
    </message>
    <message>
        <source>Campaign of rows that name none.</source>
        <translation>Kampagne für Datensätze, die keine angeben.</translation>
    </message>
    <message>
        <source>Column mapping saved as JSON.</source>
        <translation>Als JSON gespeicherte Spaltenzuordnung.</translation>
    </message>
    <message>
        <source>CSV delimiter (default: detected).</source>
        <translation>CSV-Trennzeichen (Standard: automatisch erkannt).</translation>
    </message>
    <message>
        <source>CSV encoding (default: detected).</source>
        <translation>CSV-Kodierung (Standard: automatisch erkannt).</translation>
    </message>
    <message>
        <source>Workbook sheet (default: the first).</source>
        <translation>Tabellenblatt der Arbeitsmappe (Standard: das erste).</translation>
    </message>
    <message>
        <source>What to do with duplicates: skip, merge or import.</source>
        <translation>Umgang mit Dubletten: skip, merge oder import.</translation>
    </message>
    <message>
        <source>Import nothing when any row is rejected.</source>
        <translation>Nichts importieren, wenn ein Datensatz abgelehnt wird.</translation>
    </message>
    <message>
        <source>Judge every row, write nothing.</source>
        <translation>Jeden Datensatz prüfen, nichts schreiben.</translation>
    </message>
    <message>
        <source>Keep columns that map to no field as a note.</source>
        <translation>Spalten, die keinem Feld zugeordnet sind, als Notiz behalten.</translation>
    </message>
    <message>
        <source>Country of phone numbers without a country code.</source>
        <translation>Land für Telefonnummern ohne Ländervorwahl.</translation>
    </message>
    <message>
        <source>Save the report of every row as CSV.</source>
        <translation>Den Bericht zu jedem Datensatz als CSV speichern.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>unknown source channel &quot;%1&quot;.</source>
        <translation>unbekannter Quellkanal „%1“.</translation>
    </message>
    <message>
        <source>--duplicates takes skip, merge or import.</source>
        <translation>--duplicates erwartet skip, merge oder import.</translation>
    </message>
    <message>
        <source>--country takes a two-letter country code such as DE.</source>
        <translation>--country erwartet einen zweistelligen Ländercode wie DE.</translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be read: %2</source>
        <translation>Die Zuordnungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The mapping file %1: %2</source>
        <translation>Zuordnungsdatei %1: %2</translation>
    </message>
    <message>
        <source>name the file to import.</source>
        <translation>die zu importierende Datei angeben.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Import batch %1 undone: %n lead(s) deleted.</source>
        <translation>
            <numerusform>Importlauf %1 rückgängig gemacht: %n Lead gelöscht.</numerusform>
            <numerusform>Importlauf %1 rückgängig gemacht: %n Leads gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import batch to undo.</source>
        <translation>Der rückgängig zu machende Importlauf.</translation>
    </message>
    <message>
        <source>name the batch to undo with --batch CODE.</source>
        <translation>den rückgängig zu machenden Importlauf mit --batch CODE angeben.</translation>
    </message>
    <message>
        <source>Import leads from a CSV or XLSX file</source>
        <translation>Leads aus einer CSV- oder XLSX-Datei importieren</translation>
    </message>
    <message>
        <source>Undo an import batch while none of its leads was worked</source>
        <translation>Einen Importlauf rückgängig machen, solange noch keiner seiner Leads bearbeitet wurde</translation>
    </message>
    <message>
        <source>--%1 needs a lead number, not &quot;%2&quot;.</source>
        <translation>--%1 braucht eine Lead-Nummer, nicht „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %1 undone: lead %2 and the %n merged lead(s) are back as they were.</source>
        <translation>
            <numerusform>Zusammenführung %1 rückgängig gemacht: Lead %2 und der %n zusammengeführte Lead sind wieder im früheren Zustand.</numerusform>
            <numerusform>Zusammenführung %1 rückgängig gemacht: Lead %2 und die %n zusammengeführten Leads sind wieder im früheren Zustand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n lead(s) into lead %1 (%2 rows moved, %3 alternate contact(s) kept). Undo with: leadscout merge --undo %4</source>
        <translation>
            <numerusform>%n Lead in Lead %1 zusammengeführt (%2 Datensätze verschoben, %3 weitere Kontaktdaten behalten). Rückgängig mit: leadscout merge --undo %4</numerusform>
            <numerusform>%n Leads in Lead %1 zusammengeführt (%2 Datensätze verschoben, %3 weitere Kontaktdaten behalten). Rückgängig mit: leadscout merge --undo %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The lead that stays (the survivor).</source>
        <translation>Der Lead, der erhalten bleibt.</translation>
    </message>
    <message>
        <source>A lead to merge into it (repeatable).</source>
        <translation>Ein Lead, der in ihn zusammengeführt wird (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Undo the merge of this number.</source>
        <translation>Die Zusammenführung mit dieser Nummer rückgängig machen.</translation>
    </message>
    <message>
        <source>--undo goes alone, without --keep or --merge.</source>
        <translation>--undo steht allein, ohne --keep oder --merge.</translation>
    </message>
    <message>
        <source>name the lead to keep with --keep ID and each lead to merge into it with --merge ID.</source>
        <translation>den zu behaltenden Lead mit --keep ID und jeden in ihn zusammenzuführenden Lead mit --merge ID angeben.</translation>
    </message>
    <message>
        <source>Merge duplicate leads into one, or undo a merge</source>
        <translation>Doppelte Leads zu einem zusammenführen oder eine Zusammenführung rückgängig machen</translation>
    </message>
    <message>
        <source>Reverse-funnel KPI plan from a revenue target</source>
        <translation>KPI-Plan rückwärts durch den Funnel aus einem Umsatzziel</translation>
    </message>
    <message>
        <source>Move a store file into an empty team server, ids and history kept</source>
        <translation>Eine Datenbestandsdatei in einen leeren Teamserver verschieben, mit IDs und Verlauf</translation>
    </message>
    <message>
        <source>Take a read-only copy of a store home for offline review</source>
        <translation>Eine schreibgeschützte Kopie eines Datenbestands zur Offline-Durchsicht mitnehmen</translation>
    </message>
    <message>
        <source>add-member needs --name NAME, --role rep|lead and a --weight of 0 or more.</source>
        <translation>add-member braucht --name NAME, --role rep|lead und eine --weight von 0 oder mehr.</translation>
    </message>
    <message>
        <source>%1 is a member of the team.</source>
        <translation>%1 ist Mitglied des Teams.</translation>
    </message>
    <message>
        <source>%1	%2	weight %3	%4	assigned today %5</source>
        <translation>%1	%2	Gewichtung %3	%4	heute zugewiesen %5</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <source>add-member: the name and server login.</source>
        <translation>add-member: der Name und die Server-Anmeldung.</translation>
    </message>
    <message>
        <source>add-member: rep or lead.</source>
        <translation>add-member: rep oder lead.</translation>
    </message>
    <message>
        <source>add-member: share of new leads (default 1).</source>
        <translation>add-member: Anteil an neuen Leads (Standard 1).</translation>
    </message>
    <message>
        <source>The team&apos;s roles are set up.</source>
        <translation>Die Rollen des Teams sind eingerichtet.</translation>
    </message>
    <message>
        <source>Say what to do: setup, add-member or list.</source>
        <translation>Geben Sie an, was zu tun ist: setup, add-member oder list.</translation>
    </message>
    <message>
        <source>The team on a shared store: roles, members, weights</source>
        <translation>Das Team auf einem gemeinsamen Datenbestand: Rollen, Mitglieder, Gewichtungen</translation>
    </message>
    <message>
        <source>Only the plans of this rep.</source>
        <translation>Nur die Pläne dieses Mitarbeiters.</translation>
    </message>
    <message>
        <source>today (default), overdue or week.</source>
        <translation>today (Standard), overdue oder week.</translation>
    </message>
    <message>
        <source>The nurture steps that are due</source>
        <translation>Die fälligen Nurturing-Schritte</translation>
    </message>
    <message>
        <source>The id of the step (see leadscout nurture).</source>
        <translation>Die ID des Schritts (siehe leadscout nurture).</translation>
    </message>
    <message>
        <source>opened, clicked, downloaded, replied, attended or no_reaction.</source>
        <translation>opened, clicked, downloaded, replied, attended oder no_reaction.</translation>
    </message>
    <message>
        <source>A note on the step.</source>
        <translation>Eine Notiz zum Schritt.</translation>
    </message>
    <message>
        <source>Record the response to a nurture step</source>
        <translation>Die Reaktion auf einen Nurturing-Schritt erfassen</translation>
    </message>
    <message>
        <source>Funnel and conversion figures of the dashboard</source>
        <translation>Trichter- und Konversionszahlen des Dashboards</translation>
    </message>
    <message>
        <source>--time: &quot;%1&quot; is before 1990 or after today; give the time the activity took place.</source>
        <translation>--time: „%1“ liegt vor 1990 oder nach heute; geben Sie den Zeitpunkt an, zu dem die Aktivität stattfand.</translation>
    </message>
    <message>
        <source>--time: &quot;%1&quot; is no date and time; write it as 2026-11-20 14:30 (UTC) or 2026-11-20T14:30+01:00.</source>
        <translation>--time: „%1“ ist kein Datum mit Uhrzeit; schreiben Sie es als 2026-11-20 14:30 (UTC) oder 2026-11-20T14:30+01:00.</translation>
    </message>
    <message>
        <source>--column takes FIELD=HEADER, such as kind=Activity; FIELD is one of %1.</source>
        <translation>--column erwartet FIELD=HEADER, etwa kind=Aktivität; FIELD ist eines von %1.</translation>
    </message>
    <message>
        <source>--column: unknown field &quot;%1&quot;; use one of %2.</source>
        <translation>--column: unbekanntes Feld „%1“; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>--column %1: %2 has no column &quot;%3&quot;; its columns are: %4.</source>
        <translation>--column %1: %2 hat keine Spalte „%3“; ihre Spalten sind: %4.</translation>
    </message>
    <message>
        <source>The CSV or XLSX file of activities.</source>
        <translation>Die CSV- oder XLSX-Datei mit den Aktivitäten.</translation>
    </message>
    <message>
        <source>Read FIELD (email, lead-id, kind, time, title) from the column HEADER; FIELD= reads it from none. Repeat for more.</source>
        <translation>FIELD (email, lead-id, kind, time, title) aus der Spalte HEADER lesen; FIELD= liest es aus keiner Spalte. Für weitere wiederholen.</translation>
    </message>
    <message>
        <source>The activity of every row (a file without its column).</source>
        <translation>Die Aktivität jeder Zeile (für eine Datei ohne diese Spalte).</translation>
    </message>
    <message>
        <source>The time of every row, UTC unless an offset is given (a file without its column).</source>
        <translation>Der Zeitpunkt jeder Zeile, in UTC, sofern kein Versatz angegeben ist (für eine Datei ohne diese Spalte).</translation>
    </message>
    <message>
        <source>--sheet is for workbooks (.xlsx); %1 is a text file.</source>
        <translation>--sheet gilt für Arbeitsmappen (.xlsx); %1 ist eine Textdatei.</translation>
    </message>
    <message>
        <source>%1 has no column for %2; name it with --column FIELD=HEADER, or give --kind or --time for the whole file. Its columns are: %3.</source>
        <translation>%1 hat keine Spalte für %2; nennen Sie sie mit --column FIELD=HEADER oder geben Sie --kind oder --time für die ganze Datei an. Ihre Spalten sind: %3.</translation>
    </message>
    <message>
        <source>Rep who gets the leads whose owner column names none.</source>
        <translation>Mitarbeiter, der die Leads erhält, deren Spalte „Zuständig“ niemanden nennt.</translation>
    </message>
    <message>
        <source>Leave every lead unassigned; an owner column is not read.</source>
        <translation>Jeden Lead ohne Zuständigen lassen; eine Spalte „Zuständig“ wird nicht gelesen.</translation>
    </message>
    <message>
        <source>A row naming an owner who is no rep: unassigned (default) or reject.</source>
        <translation>Eine Zeile, deren Zuständiger kein Mitarbeiter ist: unassigned (ohne Zuständigen, Standard) oder reject (ablehnen).</translation>
    </message>
    <message>
        <source>--owner takes the name of a rep of the team.</source>
        <translation>--owner erwartet den Namen eines Mitarbeiters des Teams.</translation>
    </message>
    <message>
        <source>--owner and --unassigned exclude each other.</source>
        <translation>--owner und --unassigned schließen einander aus.</translation>
    </message>
    <message>
        <source>--unknown-owner takes unassigned or reject.</source>
        <translation>--unknown-owner erwartet unassigned oder reject.</translation>
    </message>
    <message>
        <source>--unknown-owner reject reads the owner column, which --unassigned leaves unread.</source>
        <translation>--unknown-owner reject liest die Spalte „Zuständig“, die --unassigned ungelesen lässt.</translation>
    </message>
    <message>
        <source>--sheet takes the name of a sheet of the workbook.</source>
        <translation>--sheet erwartet den Namen eines Tabellenblatts der Arbeitsmappe.</translation>
    </message>
    <message>
        <source>--delimiter takes one character such as ; or | (or &quot;tab&quot;); not a letter, digit, quote or line break.</source>
        <translation>--delimiter erwartet ein einzelnes Zeichen wie ; oder | (oder „tab“); keinen Buchstaben, keine Ziffer, kein Anführungszeichen und keinen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>--encoding: unknown encoding &quot;%1&quot;; known are %2.</source>
        <translation>--encoding: unbekannte Kodierung „%1“; bekannt sind %2.</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is no activity an import records; use one of %2.</source>
        <translation>--kind: „%1“ ist keine Aktivität, die ein Import erfasst; verwenden Sie eine von %2.</translation>
    </message>
</context>
<context>
    <name>ContentLibrary</name>
    <message>
        <source>Give the piece a title.</source>
        <translation>Geben Sie dem Inhalt einen Titel.</translation>
    </message>
    <message>
        <source>Give a link or a file for &quot;%1&quot;.</source>
        <translation>Geben Sie für „%1“ einen Link oder eine Datei an.</translation>
    </message>
    <message>
        <source>Choose at least one buying phase that &quot;%1&quot; suits.</source>
        <translation>Wählen Sie mindestens eine Kaufphase, zu der „%1“ passt.</translation>
    </message>
</context>
<context>
    <name>ContentLibraryDialog</name>
    <message>
        <source>Content Library</source>
        <translation>Content-Bibliothek</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Content pieces</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>&amp;Pieces</source>
        <translation>&amp;Inhalte</translation>
    </message>
    <message>
        <source>&amp;New Piece</source>
        <translation>&amp;Neuer Inhalt</translation>
    </message>
    <message>
        <source>&amp;Save Piece</source>
        <translation>Inhalt &amp;speichern</translation>
    </message>
    <message>
        <source>de, en…</source>
        <translation>de, en…</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>or a file everyone can reach</source>
        <translation>oder eine Datei, die alle erreichen</translation>
    </message>
    <message>
        <source>C&amp;urrent: steps may send it</source>
        <translation>A&amp;ktuell: Schritte dürfen ihn versenden</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>P&amp;hases</source>
        <translation>P&amp;hasen</translation>
    </message>
    <message>
        <source>&amp;Roles (none: any)</source>
        <translation>&amp;Rollen (keine: alle)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>L&amp;ink</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ausgemustert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved.</source>
        <translation>„%1“ ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>the country &quot;%1&quot; is not known</source>
        <translation>das Land „%1“ ist nicht bekannt</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot separate the fields of a CSV file.</source>
        <translation>%1 kann die Felder einer CSV-Datei nicht trennen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>A quote inside field %1, which does not start with a quote (a quote in a field must be doubled and the field quoted).</source>
        <translation>Ein Anführungszeichen in Feld %1, das nicht mit einem Anführungszeichen beginnt (ein Anführungszeichen im Feld muss verdoppelt und das Feld in Anführungszeichen gesetzt werden).</translation>
    </message>
    <message>
        <source>Text after the closing quote of field %1 (a quote in a quoted field must be doubled).</source>
        <translation>Text nach dem schließenden Anführungszeichen von Feld %1 (ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden).</translation>
    </message>
    <message>
        <source>A record longer than %1 characters: a quote is probably not closed (the last one opened on line %2).</source>
        <translation>Ein Datensatz länger als %1 Zeichen: Wahrscheinlich ist ein Anführungszeichen nicht geschlossen (das letzte wurde in Zeile %2 geöffnet).</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed.</source>
        <translation>Das in Zeile %1 geöffnete Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>A record longer than %1 characters, the most LeadScout reads as one record: the file has no line breaks or a field of that size.</source>
        <translation>Ein Datensatz mit mehr als %1 Zeichen, dem Höchstmaß, das LeadScout als einen Datensatz liest: Die Datei hat keine Zeilenumbrüche oder ein Feld dieser Größe.</translation>
    </message>
    <message>
        <source>A record with more than %1 fields, the most LeadScout reads (Excel&apos;s column limit).</source>
        <translation>Ein Datensatz mit mehr als %1 Feldern, dem Höchstmaß, das LeadScout liest (die Spaltengrenze von Excel).</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message numerus="yes">
        <source>Leads created in the period that reached each step; grey: a rate below the minimum of %n lead(s), with its 90 % interval</source>
        <translation>
            <numerusform>Im Zeitraum angelegte Leads, die jede Stufe erreicht haben; grau: eine Rate unter dem Minimum von %n Lead, mit ihrem 90-%-Intervall</numerusform>
            <numerusform>Im Zeitraum angelegte Leads, die jede Stufe erreicht haben; grau: eine Rate unter dem Minimum von %n Leads, mit ihrem 90-%-Intervall</numerusform>
        </translation>
    </message>
    <message>
        <source>Ever reached</source>
        <translation>Je erreicht</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>Der Reihe nach</translation>
    </message>
    <message>
        <source>Leads, SQLs and opportunities; the rate is opportunities per lead (90 % interval); grey: too few leads for a rate</source>
        <translation>Leads, SQLs und Opportunities; die Rate ist Opportunities je Lead (90-%-Intervall); grau: zu wenige Leads für eine Rate</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Verweildauer je Phase</translation>
    </message>
    <message>
        <source>Hours, over completed stays: median and 90th percentile</source>
        <translation>Stunden, über abgeschlossene Aufenthalte: Median und 90. Perzentil</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>%1: no completed stay</source>
        <translation>%1: kein abgeschlossener Aufenthalt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 h over %n stay(s)</source>
        <translation>
            <numerusform>%1: %2 Std. über %n Aufenthalt</numerusform>
            <numerusform>%1: %2 Std. über %n Aufenthalte</numerusform>
        </translation>
    </message>
    <message>
        <source>no lead called yet</source>
        <translation>noch kein Lead angerufen</translation>
    </message>
    <message>
        <source>median %1 min, 90th percentile %2 min</source>
        <translation>Median %1 Min., 90. Perzentil %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>Speed to lead (SLA %n h)</source>
        <translation>
            <numerusform>Reaktionszeit (SLA %n Std.)</numerusform>
            <numerusform>Reaktionszeit (SLA %n Std.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Creation to first call attempt: %1; within SLA %2</source>
        <translation>Anlage bis zum ersten Anrufversuch: %1; innerhalb des SLA %2</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>Innerhalb des SLA</translation>
    </message>
    <message>
        <source>Over SLA</source>
        <translation>Über dem SLA</translation>
    </message>
    <message>
        <source>Not called</source>
        <translation>Nicht angerufen</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Call outcomes per rep and day</source>
        <translation>Anrufergebnisse je Mitarbeiter und Tag</translation>
    </message>
    <message>
        <source>Calls made in the period, by the rep who called</source>
        <translation>Anrufe im Zeitraum, nach dem Mitarbeiter, der angerufen hat</translation>
    </message>
    <message>
        <source>Call outcomes per rep and week</source>
        <translation>Anrufergebnisse je Mitarbeiter und Woche</translation>
    </message>
    <message>
        <source>Call outcomes per rep and month</source>
        <translation>Anrufergebnisse je Mitarbeiter und Monat</translation>
    </message>
    <message>
        <source>no leads</source>
        <translation>keine Leads</translation>
    </message>
    <message>
        <source>%1 (%2/%3; 90 %: %4–%5)</source>
        <translation>%1 (%2/%3; 90 %: %4–%5)</translation>
    </message>
    <message>
        <source>Conversion by source channel</source>
        <translation>Konversion nach Quellkanal</translation>
    </message>
    <message>
        <source>Conversion by campaign</source>
        <translation>Konversion nach Kampagne</translation>
    </message>
    <message>
        <source>Conversion by rep</source>
        <translation>Konversion nach Mitarbeiter</translation>
    </message>
    <message>
        <source>Conversion by week of creation</source>
        <translation>Konversion nach Woche der Anlage</translation>
    </message>
    <message>
        <source>Fit × interest of open leads</source>
        <translation>Passung × Interesse der offenen Leads</translation>
    </message>
    <message>
        <source>Open leads (not handed off or disqualified) by quadrant</source>
        <translation>Offene Leads (nicht übergeben oder disqualifiziert) nach Quadrant</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Noten</translation>
    </message>
    <message>
        <source>Leads created in the period by grade</source>
        <translation>Im Zeitraum angelegte Leads nach Note</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Gewählte Tage</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Ever reached</source>
        <translation>&amp;Je erreicht</translation>
    </message>
    <message>
        <source>Funnel: a lead that skipped a step counts as having passed it</source>
        <translation>Trichter: Ein Lead, der eine Stufe übersprungen hat, zählt, als hätte er sie durchlaufen</translation>
    </message>
    <message>
        <source>&amp;In order</source>
        <translation>Der &amp;Reihe nach</translation>
    </message>
    <message>
        <source>Funnel: only leads that went through every step before</source>
        <translation>Trichter: nur Leads, die jede Stufe davor durchlaufen haben</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Click a bar or a funnel step (or choose it with the arrow keys and Enter) to list its leads.</source>
        <translation>Einen Balken oder eine Trichterstufe anklicken (oder mit den Pfeiltasten und Enter wählen), um ihre Leads aufzulisten.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Leads of the chosen figure</source>
        <translation>Leads der gewählten Zahl</translation>
    </message>
    <message>
        <source>Open Lea&amp;d</source>
        <translation>Lead ö&amp;ffnen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(ohne Besitzer)</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Die Zahlen werden berechnet …</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) created in the period. Hover a bar for its figures.</source>
        <translation>
            <numerusform>%n Lead im Zeitraum angelegt. Mit der Maus über einem Balken stehen seine Zahlen.</numerusform>
            <numerusform>%n Leads im Zeitraum angelegt. Mit der Maus über einem Balken stehen seine Zahlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, ever reached</source>
        <translation>%1, je erreicht</translation>
    </message>
    <message>
        <source>%1, reached in order</source>
        <translation>%1, der Reihe nach erreicht</translation>
    </message>
    <message>
        <source>First called within the SLA</source>
        <translation>Innerhalb des SLA zuerst angerufen</translation>
    </message>
    <message>
        <source>First called later than the SLA</source>
        <translation>Später als das SLA zuerst angerufen</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Noch nicht angerufen</translation>
    </message>
    <message>
        <source>Listing the leads of %1…</source>
        <translation>Die Leads von %1 werden aufgelistet …</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s): %1</source>
        <translation>
            <numerusform>%n Lead: %1</numerusform>
            <numerusform>%n Leads: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>Der erste ist aufgelistet.</numerusform>
            <numerusform>Die ersten %n sind aufgelistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dashboard as PNG, SVG or PDF…</source>
        <translation>&amp;Dashboard als PNG, SVG oder PDF …</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Print Dashboard…</source>
        <translation>Dashboard dr&amp;ucken …</translation>
    </message>
    <message>
        <source>&amp;All Figures as CSV…</source>
        <translation>&amp;Alle Zahlen als CSV …</translation>
    </message>
    <message>
        <source>&amp;Image (PNG, SVG or PDF)…</source>
        <translation>&amp;Bild (PNG, SVG oder PDF) …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>&amp;Figures as CSV…</source>
        <translation>&amp;Zahlen als CSV …</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG image (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG-Bild (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>%1: name the file .pdf, .svg or .png.</source>
        <translation>%1: Die Datei muss auf .pdf, .svg oder .png enden.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Figures of %1</source>
        <translation>Zahlen von %1</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Folder for the figures</source>
        <translation>Ordner für die Zahlen</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>%n Datei in %1 gespeichert.</numerusform>
            <numerusform>%n Dateien in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardRender</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>  %1: %2 leads, %3 reached SQL, %4 became opportunities: %5
</source>
        <translation>  %1: %2 Leads, %3 erreichten SQL, %4 wurden Opportunities: %5
</translation>
    </message>
    <message>
        <source>no leads</source>
        <translation>keine Leads</translation>
    </message>
    <message>
        <source>%1 (%2/%3, 90 % interval %4–%5)</source>
        <translation>%1 (%2/%3, 90-%-Intervall %4–%5)</translation>
    </message>
    <message>
        <source> [too few]</source>
        <translation> [zu wenige]</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) in the period.
</source>
        <translation>
            <numerusform>%n Lead im Zeitraum.</numerusform>
            <numerusform>%n Leads im Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>
Funnel (ever reached | in order)
</source>
        <translation>
Trichter (je erreicht | der Reihe nach)
</translation>
    </message>
    <message>
        <source>    conversion: %1 | %2
</source>
        <translation>    Konversion: %1 | %2
</translation>
    </message>
    <message>
        <source>By source channel</source>
        <translation>Nach Quellkanal</translation>
    </message>
    <message>
        <source>By campaign</source>
        <translation>Nach Kampagne</translation>
    </message>
    <message>
        <source>By rep</source>
        <translation>Nach Mitarbeiter</translation>
    </message>
    <message>
        <source>By week of creation</source>
        <translation>Nach Woche der Anlage</translation>
    </message>
    <message>
        <source>
Time in stage (hours: median, 90th percentile)
</source>
        <translation>
Verweildauer je Phase (Stunden: Median, 90. Perzentil)
</translation>
    </message>
    <message>
        <source>  %1: %2 stays, median %3, p90 %4
</source>
        <translation>  %1: %2 Aufenthalte, Median %3, P90 %4
</translation>
    </message>
    <message>
        <source>
Speed to lead (SLA %1 h): %2 called, %3 not yet; within SLA %4; median %5 min, p90 %6 min
</source>
        <translation>
Reaktionszeit (SLA %1 h): %2 angerufen, %3 noch nicht; innerhalb der SLA %4; Median %5 min, P90 %6 min
</translation>
    </message>
    <message>
        <source>
Call outcomes by rep (all days of the period)
</source>
        <translation>
Anrufergebnisse nach Mitarbeiter (alle Tage des Zeitraums)
</translation>
    </message>
    <message>
        <source>
Open leads by fit × interest quadrant
</source>
        <translation>
Offene Leads nach Quadrant Passung × Interesse
</translation>
    </message>
    <message>
        <source>
Grades
</source>
        <translation>
Einstufungen
</translation>
    </message>
</context>
<context>
    <name>DateReading</name>
    <message>
        <source>&quot;%1&quot; could be day/month or month/day, and the column&apos;s other dates do not tell which; left empty</source>
        <translation>„%1“ kann Tag/Monat oder Monat/Tag sein, und die übrigen Daten der Spalte zeigen nicht, was gilt; leer gelassen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no day of the calendar</source>
        <translation>„%1“ nennt keinen Tag des Kalenders</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a number, not a date</source>
        <translation>„%1“ ist eine Zahl, kein Datum</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Override reason, or a note for the decision</source>
        <translation>Ausnahmebegründung oder Notiz zur Entscheidung</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen …</translation>
    </message>
    <message>
        <source>Nurture &amp;until</source>
        <translation>N&amp;urturing bis</translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation>%1 (Ausnahme)</translation>
    </message>
    <message>
        <source>%1 needs a written override reason: %2</source>
        <translation>„%1“ erfordert eine schriftliche Ausnahmebegründung: %2</translation>
    </message>
    <message>
        <source>R&amp;eason / note</source>
        <translation>Begründung / &amp;Notiz</translation>
    </message>
    <message>
        <source>Dis&amp;qualify because</source>
        <translation>Dis&amp;qualifizierungsgrund</translation>
    </message>
    <message>
        <source>%1 is not possible: %2</source>
        <translation>„%1“ ist nicht möglich: %2</translation>
    </message>
    <message>
        <source>empty: asked on Nurture</source>
        <translation>leer: wird bei „Ins Nurturing geben“ abgefragt</translation>
    </message>
    <message>
        <source>The day the lead comes back into the queue, e.g. %1</source>
        <translation>Der Tag, an dem der Lead wieder in die Anrufliste kommt, z. B. %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum. Geben Sie es im Format JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <source>%1 is not after today.</source>
        <translation>%1 liegt nicht nach dem heutigen Tag.</translation>
    </message>
    <message>
        <source>Comes back on %1.</source>
        <translation>Kommt am %1 zurück.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Wrote demo data to %1 in %2 s (seed %3; history up to %4).</source>
        <translation>Demodaten in %1 geschrieben, Dauer %2 s (Startwert %3; Verlauf bis %4).</translation>
    </message>
    <message>
        <source>Leads per stage:</source>
        <translation>Leads je Phase:</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Zeilen je Tabelle:</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 braucht eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>How many leads to write (default 5000).</source>
        <translation>Anzahl der zu schreibenden Leads (Standard: 5000).</translation>
    </message>
    <message>
        <source>Seed of the random choices; the same seed gives the same store (default 42).</source>
        <translation>Startwert für die Zufallsauswahl; derselbe Startwert ergibt denselben Datenbestand (Standard: 42).</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Zusammenfassung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--db PATH is required: demo data goes into a store of its own.</source>
        <translation>--db PATH ist erforderlich: Demodaten kommen in einen eigenen Datenbestand.</translation>
    </message>
    <message>
        <source>%1 of %2 leads written</source>
        <translation>%1 von %2 Leads geschrieben</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>%1 is not empty (leads: %2). Demo data is only written to a new or empty store, never mixed into real data; choose another --db.</source>
        <translation>%1 ist nicht leer (Leads: %2). Demodaten werden nur in einen neuen oder leeren Datenbestand geschrieben, nie mit echten Daten gemischt; wählen Sie eine andere --db.</translation>
    </message>
</context>
<context>
    <name>DemoRecipe</name>
    <message>
        <source>The demo-data recipe is damaged: %1.</source>
        <translation>Die Vorlage für die Demodaten ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>unknown time zone %1</source>
        <translation>unbekannte Zeitzone %1</translation>
    </message>
    <message>
        <source>unknown name group %1</source>
        <translation>unbekannte Namensgruppe %1</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>unbekannter Schlüssel %1</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <source>Could not prepare the demo data statements: %1</source>
        <translation>Die Anweisungen für die Demodaten konnten nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Writing demo data to %1 failed: %2</source>
        <translation>Das Schreiben der Demodaten in %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Writing demo data to leads returned no id.</source>
        <translation>Beim Schreiben der Demodaten in leads wurde keine ID zurückgegeben.</translation>
    </message>
    <message>
        <source>Writing demo data to nurture_plans returned no id.</source>
        <translation>Beim Schreiben der Demodaten in nurture_plans wurde keine ID zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>The JSON and the HTML file would both be %1; give them different names. Nothing was written.</source>
        <translation>Die JSON- und die HTML-Datei wären beide %1; geben Sie ihnen unterschiedliche Namen. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>DisclosureHtml</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Nothing stored.</source>
        <translation>Nichts gespeichert.</translation>
    </message>
    <message>
        <source>Lead %1: %2</source>
        <translation>Lead %1: %2</translation>
    </message>
    <message>
        <source>Contact, company and status</source>
        <translation>Kontakt, Unternehmen und Status</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Qualification (BANT)</source>
        <translation>Qualifizierung (BANT)</translation>
    </message>
    <message>
        <source>Unsaved qualification draft</source>
        <translation>Nicht gespeicherter Qualifizierungsentwurf</translation>
    </message>
    <message>
        <source>Interest events</source>
        <translation>Interesse-Ereignisse</translation>
    </message>
    <message>
        <source>Nurture plans</source>
        <translation>Nurturing-Pläne</translation>
    </message>
    <message>
        <source>Nurture steps</source>
        <translation>Nurturing-Schritte</translation>
    </message>
    <message>
        <source>Handed to sales (batch rows)</source>
        <translation>An den Vertrieb übergeben (Übergabezeilen)</translation>
    </message>
    <message>
        <source>Changes to the details</source>
        <translation>Änderungen an den Angaben</translation>
    </message>
    <message>
        <source>What LeadScout stores about you</source>
        <translation>Was LeadScout über Sie speichert</translation>
    </message>
    <message>
        <source>This summary lists everything stored about the person below as of %1 (UTC). Times are in UTC; amounts of money are in cents of the named currency. The JSON file beside it holds the same data for other programs.</source>
        <translation>Diese Übersicht führt alles auf, was mit Stand %1 (UTC) über die unten genannte Person gespeichert ist. Zeitangaben sind in UTC; Geldbeträge sind in Cent der jeweils genannten Währung angegeben. Die JSON-Datei daneben enthält dieselben Daten für andere Programme.</translation>
    </message>
    <message>
        <source>Nothing is stored.</source>
        <translation>Es ist nichts gespeichert.</translation>
    </message>
    <message>
        <source>Our staff named above (by id)</source>
        <translation>Unsere oben genannten Mitarbeiter (nach ID)</translation>
    </message>
    <message>
        <source>Other e-mail addresses and phone numbers</source>
        <translation>Weitere E-Mail-Adressen und Telefonnummern</translation>
    </message>
    <message>
        <source>Merges of duplicate records (the records as they were)</source>
        <translation>Zusammenführungen doppelter Datensätze (die Datensätze im früheren Zustand)</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>lead %1, %2</source>
        <translation>Lead %1, %2</translation>
    </message>
    <message>
        <source>%1, lead %2, %3</source>
        <translation>%1, Lead %2, %3</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>same phone number and name</source>
        <translation>gleiche Telefonnummer und gleicher Name</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>DuplicateGroups</name>
    <message>
        <source>Same e-mail address</source>
        <translation>Gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Same phone number and name</source>
        <translation>Gleiche Telefonnummer und gleicher Name</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen …</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>Dubletten suchen</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Leads with the same e-mail address, or the same phone number and a matching name, are probably one person. Select a group and press Merge… to make one lead of them.</source>
        <translation>Leads mit derselben E-Mail-Adresse oder derselben Telefonnummer und passendem Namen sind wahrscheinlich dieselbe Person. Wählen Sie eine Gruppe aus und klicken Sie auf „Zusammenführen …“, um einen Lead daraus zu machen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n lead(s))</source>
        <translation>
            <numerusform>%1: %2 (%n Lead)</numerusform>
            <numerusform>%1: %2 (%n Leads)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead %1: %2</source>
        <translation>Lead %1: %2</translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>Keine wahrscheinlichen Dubletten gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates.</source>
        <translation>
            <numerusform>%n Gruppe wahrscheinlicher Dubletten.</numerusform>
            <numerusform>%n Gruppen wahrscheinlicher Dubletten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailCleaning</name>
    <message numerus="yes">
        <source>the cell holds %n more address(es); the first is kept: %1</source>
        <translation>
            <numerusform>die Zelle enthält %n weitere Adresse; die erste wird übernommen: %1</numerusform>
            <numerusform>die Zelle enthält %n weitere Adressen; die erste wird übernommen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; read as the address %2</source>
        <translation>„%1“ als Adresse %2 gelesen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no e-mail address</source>
        <translation>„%1“ enthält keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 is a free-mail address; it can hide a company buyer</source>
        <translation>%1 ist eine Freemail-Adresse; dahinter kann ein Einkäufer eines Unternehmens stehen</translation>
    </message>
</context>
<context>
    <name>EntryParser</name>
    <message>
        <source>%1: &quot;%2&quot; is not an amount. Write digits only, for example %3.</source>
        <translation>%1: „%2“ ist kein Betrag. Geben Sie nur Ziffern ein, zum Beispiel %3.</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translation>%1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a three-letter currency code such as EUR.</source>
        <translation>%1: „%2“ ist kein dreistelliger Währungscode wie EUR.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number of people.</source>
        <translation>%1: „%2“ ist keine ganze Personenzahl.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date. Write it as YYYY-MM-DD.</source>
        <translation>%1: „%2“ ist kein Datum. Geben Sie es im Format JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <source>%1: %2 is in the past. Enter the date the decision is still expected.</source>
        <translation>%1: %2 liegt in der Vergangenheit. Geben Sie das Datum ein, zu dem die Entscheidung noch erwartet wird.</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>Budgetbetrag</translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation>Budgetwährung</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Entscheidungsdatum</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Revenue currency</source>
        <translation>Umsatzwährung</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is written with another language&apos;s separators. Write it as %3.</source>
        <translation>%1: „%2“ ist mit den Trennzeichen einer anderen Sprache geschrieben. Schreiben Sie %3.</translation>
    </message>
    <message>
        <source>%1: give the currency of the amount, for example EUR.</source>
        <translation>%1: Geben Sie die Währung des Betrags an, zum Beispiel EUR.</translation>
    </message>
    <message>
        <source>Decision authority confirmed, but the authority is &quot;%1&quot;. Choose the authority the lead has, or untick the box.</source>
        <translation>Entscheidungsbefugnis bestätigt, aber die Entscheidungsbefugnis ist „%1“. Wählen Sie die Befugnis, die der Lead hat, oder entfernen Sie das Häkchen.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message numerus="yes">
        <source>%n call(s) (%1 with notes)</source>
        <translation>
            <numerusform>%n Anruf (%1 mit Notizen)</numerusform>
            <numerusform>%n Anrufe (%1 mit Notizen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage-history entry(ies)</source>
        <translation>
            <numerusform>%n Eintrag im Phasenverlauf</numerusform>
            <numerusform>%n Einträge im Phasenverlauf</numerusform>
        </translation>
    </message>
    <message>
        <source>the qualification (BANT answers and notes)</source>
        <translation>die Qualifizierung (BANT-Antworten und Notizen)</translation>
    </message>
    <message>
        <source>an unsaved qualification draft</source>
        <translation>ein nicht gespeicherter Qualifizierungsentwurf</translation>
    </message>
    <message numerus="yes">
        <source>%n interest event(s)</source>
        <translation>
            <numerusform>%n Interesse-Ereignis</numerusform>
            <numerusform>%n Interesse-Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nurture plan(s)</source>
        <translation>
            <numerusform>%n Nurturing-Plan</numerusform>
            <numerusform>%n Nurturing-Pläne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nurture step(s)</source>
        <translation>
            <numerusform>%n Nurturing-Schritt</numerusform>
            <numerusform>%n Nurturing-Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handoff batch row(s) (the batches keep their lead counts)</source>
        <translation>
            <numerusform>%n Zeile in Übergaben (die Übergaben behalten ihre Lead-Anzahl)</numerusform>
            <numerusform>%n Zeilen in Übergaben (die Übergaben behalten ihre Lead-Anzahl)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field change(s)</source>
        <translation>
            <numerusform>%n Feldänderung</numerusform>
            <numerusform>%n Feldänderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1</source>
        <translation>
            <numerusform>%n Zeile in %1</numerusform>
            <numerusform>%n Zeilen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No lead matches; nothing would be erased.</source>
        <translation>Kein Lead passt; es würde nichts gelöscht.</translation>
    </message>
    <message>
        <source>lead %1, %2</source>
        <translation>Lead %1, %2</translation>
    </message>
    <message>
        <source>lead %1, %2 (%3)</source>
        <translation>Lead %1, %2 (%3)</translation>
    </message>
    <message>
        <source>the lead record (contact details, company, source, scores)</source>
        <translation>der Lead-Datensatz (Kontaktdaten, Unternehmen, Quelle, Punktzahlen)</translation>
    </message>
    <message>
        <source>Erase %1 and everything stored about them:
• %2

What remains is a suppression entry with only a one-way hash of the e-mail address and phone number and today&apos;s date, so that the person is flagged if entered or imported again. This cannot be undone.</source>
        <translation>Gelöscht werden %1 und alles, was dazu gespeichert ist:
• %2

Übrig bleibt nur ein Sperreintrag mit einem Einweg-Hash der E-Mail-Adresse und der Telefonnummer sowie dem heutigen Datum, damit die Person gekennzeichnet wird, wenn sie erneut erfasst oder importiert wird. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The erasure was stopped and nothing was erased: table %1 still holds %2 row(s) of lead %3.</source>
        <translation>Die Löschung wurde abgebrochen, und es wurde nichts gelöscht: Die Tabelle %1 enthält noch %2 Zeile(n) von Lead %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n alternate e-mail address(es) and phone number(s)</source>
        <translation>
            <numerusform>%n weitere E-Mail-Adresse oder Telefonnummer</numerusform>
            <numerusform>%n weitere E-Mail-Adressen und Telefonnummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merge record(s) (the merged leads as they were)</source>
        <translation>
            <numerusform>%n Zusammenführungsdatensatz (die zusammengeführten Leads im früheren Zustand)</numerusform>
            <numerusform>%n Zusammenführungsdatensätze (die zusammengeführten Leads im früheren Zustand)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FunnelChartView</name>
    <message>
        <source>→ no leads</source>
        <translation>→ keine Leads</translation>
    </message>
    <message>
        <source>→ %1 (%2/%3)</source>
        <translation>→ %1 (%2/%3)</translation>
    </message>
    <message>
        <source>90 %: %1–%2</source>
        <translation>90 %: %1–%2</translation>
    </message>
    <message>
        <source>%1 · too few leads</source>
        <translation>%1 · zu wenige Leads</translation>
    </message>
</context>
<context>
    <name>FunnelMeasures</name>
    <message>
        <source>Raw leads</source>
        <translation>Roh-Leads</translation>
    </message>
    <message>
        <source>Worked leads</source>
        <translation>Bearbeitete Leads</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQLs</translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation>SQLs</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
</context>
<context>
    <name>HandoffBatchModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Übergeben am</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>HandoffBatches</name>
    <message>
        <source>The snapshot of lead %1 in handoff batch %2 is damaged (%3).</source>
        <translation>Die Momentaufnahme von Lead %1 in Übergabe %2 ist beschädigt (%3).</translation>
    </message>
    <message>
        <source>Could not prepare the handoff rows: %1</source>
        <translation>Die Übergabezeilen konnten nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Could not record lead %1 in the handoff batch: %2</source>
        <translation>Lead %1 konnte nicht in der Übergabe erfasst werden: %2</translation>
    </message>
</context>
<context>
    <name>HandoffColumns</name>
    <message>
        <source>Lead ID</source>
        <translation>Lead-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone (E.164)</source>
        <translation>Telefon (E.164)</translation>
    </message>
    <message>
        <source>Phone as written</source>
        <translation>Telefon wie erfasst</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>Quellkanal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Buying phase</source>
        <translation>Kaufphase</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>Budgetbetrag</translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation>Budgetwährung</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Entscheidungsbefugnis</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Rolle im Buying Center</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Entscheidungsdatum</translation>
    </message>
    <message>
        <source>Decision maker confirmed</source>
        <translation>Entscheider bestätigt</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Letzter Anruf</translation>
    </message>
    <message>
        <source>Last call outcome</source>
        <translation>Ergebnis letzter Anruf</translation>
    </message>
    <message>
        <source>Last call note</source>
        <translation>Notiz letzter Anruf</translation>
    </message>
    <message>
        <source>Qualification notes</source>
        <translation>Qualifizierungsnotizen</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Nicht anrufen</translation>
    </message>
    <message>
        <source>Do not e-mail</source>
        <translation>Keine E-Mails</translation>
    </message>
    <message>
        <source>Choose at least one column for the handoff file.</source>
        <translation>Wählen Sie mindestens eine Spalte für die Übergabedatei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a handoff column. Known columns: %2.</source>
        <translation>„%1“ ist keine Übergabespalte. Bekannte Spalten: %2.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is chosen twice.</source>
        <translation>Die Spalte „%1“ ist doppelt ausgewählt.</translation>
    </message>
</context>
<context>
    <name>HandoffColumnsDialog</name>
    <message>
        <source>Handoff columns</source>
        <translation>Übergabespalten</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;All, in the usual order</source>
        <translation>&amp;Alle, in der üblichen Reihenfolge</translation>
    </message>
    <message>
        <source>The columns of every handoff file, for the whole team. Tick what sales needs and put it in order.</source>
        <translation>Die Spalten jeder Übergabedatei, für das ganze Team. Haken Sie an, was der Vertrieb braucht, und bringen Sie es in die richtige Reihenfolge.</translation>
    </message>
</context>
<context>
    <name>HandoffFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was changed.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>HandoffLayout</name>
    <message>
        <source>Handoff</source>
        <translation>Übergabe</translation>
    </message>
</context>
<context>
    <name>HandoffReadyModel</name>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Entscheidungsbefugnis</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Buying phase</source>
        <translation>Kaufphase</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Sales-ready since</source>
        <translation>Vertriebsreif seit</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Handed off before</source>
        <translation>Bereits übergeben</translation>
    </message>
</context>
<context>
    <name>HandoffRecovery</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>HandoffRowReader</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>The handoff was cancelled; nothing was changed.</source>
        <translation>Die Übergabe wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Lead %1 no longer exists; nothing was handed off.</source>
        <translation>Lead %1 existiert nicht mehr; es wurde nichts übergeben.</translation>
    </message>
</context>
<context>
    <name>HandoffService</name>
    <message>
        <source>Lead %1 no longer exists; nothing was handed off.</source>
        <translation>Lead %1 existiert nicht mehr; es wurde nichts übergeben.</translation>
    </message>
    <message>
        <source>Lead %1 is at stage %2; only sales-ready (SQL) leads are handed off. Nothing was handed off.</source>
        <translation>Lead %1 ist in der Phase %2; nur vertriebsreife Leads (SQL) werden übergeben. Es wurde nichts übergeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen leads were handed off before (lead %1%2). Nothing was handed off; hand them off again only if that is what you mean.</source>
        <translation>
            <numerusform>Einer der ausgewählten Leads wurde bereits früher übergeben (Lead %1%2). Es wurde nichts übergeben; übergeben Sie ihn nur dann erneut, wenn Sie das wirklich beabsichtigen.</numerusform>
            <numerusform>%n der ausgewählten Leads wurden bereits früher übergeben (Lead %1%2). Es wurde nichts übergeben; übergeben Sie sie nur dann erneut, wenn Sie das wirklich beabsichtigen.</numerusform>
        </translation>
    </message>
    <message>
        <source> in batch %1</source>
        <translation> in Übergabe %1</translation>
    </message>
    <message>
        <source>The handoff was cancelled; nothing was changed.</source>
        <translation>Die Übergabe wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The leads were handed off as batch %1, but the file could not be put in place (%2). Export the batch again to write it.</source>
        <translation>Die Leads wurden als Übergabe %1 übergeben, aber die Datei konnte nicht an ihren Zielort verschoben werden (%2). Exportieren Sie die Übergabe erneut, um die Datei zu schreiben.</translation>
    </message>
    <message>
        <source>The leads changed while the file was written: %1</source>
        <translation>Die Leads wurden geändert, während die Datei geschrieben wurde: %1</translation>
    </message>
    <message>
        <source>Handoff batch %1</source>
        <translation>Übergabe %1</translation>
    </message>
    <message>
        <source>There is no handoff batch %1.</source>
        <translation>Es gibt keine Übergabe mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>HandoffView</name>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Ready for sales</source>
        <translation>Vertriebsreife Leads</translation>
    </message>
    <message>
        <source>Also show leads handed off before</source>
        <translation>Auch bereits übergebene Leads anzeigen</translation>
    </message>
    <message>
        <source>Leads that sales sent back. Handing them off again asks first.</source>
        <translation>Leads, die der Vertrieb zurückgegeben hat. Vor einer erneuten Übergabe wird nachgefragt.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>S&amp;palten …</translation>
    </message>
    <message>
        <source>Choose and order the columns sales receives (for the whole team).</source>
        <translation>Spalten, die der Vertrieb erhält, auswählen und anordnen (für das ganze Team).</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Handoff history</source>
        <translation>Übergabeverlauf</translation>
    </message>
    <message>
        <source>Export &amp;again…</source>
        <translation>&amp;Erneut exportieren …</translation>
    </message>
    <message>
        <source>Write the selected batch again, exactly as it was handed off. Changes nothing.</source>
        <translation>Die ausgewählte Übergabe erneut schreiben, genau so, wie sie übergeben wurde. Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No leads are ready for sales.</source>
        <translation>Es sind keine Leads vertriebsreif.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) ready for sales: hand off all of them, or select some.</source>
        <translation>
            <numerusform>%n Lead ist vertriebsreif: Übergeben Sie alle oder wählen Sie einzelne aus.</numerusform>
            <numerusform>%n Leads sind vertriebsreif: Übergeben Sie alle oder wählen Sie einzelne aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hand off %n selected lead(s)</source>
        <translation>
            <numerusform>%n ausgewählten Lead übergeben</numerusform>
            <numerusform>%n ausgewählte Leads übergeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hand off all %n lead(s)</source>
        <translation>
            <numerusform>%n Lead übergeben</numerusform>
            <numerusform>Alle %n Leads übergeben</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>handoff-%1</source>
        <translation>uebergabe-%1</translation>
    </message>
    <message>
        <source>Hand off to sales</source>
        <translation>An den Vertrieb übergeben</translation>
    </message>
    <message>
        <source>Export again</source>
        <translation>Erneut exportieren</translation>
    </message>
    <message>
        <source>Batch %1 was written again to %2. Nothing in the store changed.</source>
        <translation>Übergabe %1 wurde erneut nach %2 geschrieben. Im Datenbestand wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>No leads were ready for sales; no file was written.</source>
        <translation>Es waren keine Leads vertriebsreif; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) handed off to sales as batch %1.

File: %2</source>
        <translation>
            <numerusform>%n Lead wurde als Übergabe %1 an den Vertrieb übergeben.

Datei: %2</numerusform>
            <numerusform>%n Leads wurden als Übergabe %1 an den Vertrieb übergeben.

Datei: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand off again?</source>
        <translation>Erneut übergeben?</translation>
    </message>
    <message>
        <source>Hand these leads off again now?</source>
        <translation>Diese Leads jetzt erneut übergeben?</translation>
    </message>
    <message>
        <source>Handoff failed</source>
        <translation>Übergabe fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export batch %1 again</source>
        <translation>Übergabe %1 erneut exportieren</translation>
    </message>
</context>
<context>
    <name>HandoffXlsxWriter</name>
    <message>
        <source>Cannot write %1: the workbook could not be created.</source>
        <translation>%1 kann nicht geschrieben werden: Die Arbeitsmappe konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Handoff to sales</source>
        <translation>Übergabe an den Vertrieb</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was changed.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source> […cut: too long for one Excel cell]</source>
        <translation> […gekürzt: zu lang für eine Excel-Zelle]</translation>
    </message>
    <message>
        <source>Could not write %1: the disk is full. Free some space and try again.</source>
        <translation>%1 konnte nicht geschrieben werden: Der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not write %1: the spreadsheet could not be finished.</source>
        <translation>%1 konnte nicht geschrieben werden: Die Arbeitsmappe konnte nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <source>Could not write %1 completely: %2</source>
        <translation>%1 konnte nicht vollständig geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HeaderMapping</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>A mapping is a JSON object with a &quot;columns&quot; list.</source>
        <translation>Eine Zuordnung ist ein JSON-Objekt mit einer Liste „columns“.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1, the mapping version this LeadScout reads.</source>
        <translation>„version“ muss 1 sein, die Zuordnungsversion, die dieses LeadScout liest.</translation>
    </message>
    <message>
        <source>&quot;columns&quot; is missing or is not a list.</source>
        <translation>„columns“ fehlt oder ist keine Liste.</translation>
    </message>
    <message>
        <source>columns[%1]: an entry needs &quot;header&quot; (the column&apos;s header as text) and &quot;target&quot;.</source>
        <translation>columns[%1]: Ein Eintrag braucht „header“ (die Spaltenüberschrift als Text) und „target“.</translation>
    </message>
    <message>
        <source>columns[%1] (&quot;%2&quot;): &quot;%3&quot; is not an import target; the targets are %4.</source>
        <translation>columns[%1] („%2“): „%3“ ist kein Importziel; die Ziele sind %4.</translation>
    </message>
    <message>
        <source>columns[%1] (&quot;%2&quot;): &quot;target&quot; is missing or is not text.</source>
        <translation>columns[%1] („%2“): „target“ fehlt oder ist kein Text.</translation>
    </message>
    <message>
        <source>columns[%1] (&quot;%2&quot;) and columns[%3] (&quot;%4&quot;) both map to &quot;%5&quot;, which takes one column only.</source>
        <translation>columns[%1] („%2“) und columns[%3] („%4“) sind beide „%5“ zugeordnet, das nur eine Spalte aufnimmt.</translation>
    </message>
</context>
<context>
    <name>HolidayRegions</name>
    <message>
        <source>Baden-Württemberg</source>
        <translation>Baden-Württemberg</translation>
    </message>
    <message>
        <source>Bavaria</source>
        <translation>Bayern</translation>
    </message>
    <message>
        <source>Berlin</source>
        <translation>Berlin</translation>
    </message>
    <message>
        <source>Brandenburg</source>
        <translation>Brandenburg</translation>
    </message>
    <message>
        <source>Bremen</source>
        <translation>Bremen</translation>
    </message>
    <message>
        <source>Hamburg</source>
        <translation>Hamburg</translation>
    </message>
    <message>
        <source>Hesse</source>
        <translation>Hessen</translation>
    </message>
    <message>
        <source>Mecklenburg-Western Pomerania</source>
        <translation>Mecklenburg-Vorpommern</translation>
    </message>
    <message>
        <source>Lower Saxony</source>
        <translation>Niedersachsen</translation>
    </message>
    <message>
        <source>North Rhine-Westphalia</source>
        <translation>Nordrhein-Westfalen</translation>
    </message>
    <message>
        <source>Rhineland-Palatinate</source>
        <translation>Rheinland-Pfalz</translation>
    </message>
    <message>
        <source>Saarland</source>
        <translation>Saarland</translation>
    </message>
    <message>
        <source>Saxony</source>
        <translation>Sachsen</translation>
    </message>
    <message>
        <source>Saxony-Anhalt</source>
        <translation>Sachsen-Anhalt</translation>
    </message>
    <message>
        <source>Schleswig-Holstein</source>
        <translation>Schleswig-Holstein</translation>
    </message>
    <message>
        <source>Thuringia</source>
        <translation>Thüringen</translation>
    </message>
    <message>
        <source>Germany (national holidays only)</source>
        <translation>Deutschland (nur bundesweite Feiertage)</translation>
    </message>
    <message>
        <source>%1 is not a German state: choose one of the 16 or none.</source>
        <translation>%1 ist kein deutsches Bundesland: Wählen Sie eines der 16 Bundesländer oder keines.</translation>
    </message>
</context>
<context>
    <name>ImportActivityMappingPage</name>
    <message>
        <source>Same &amp;time for every row (UTC):</source>
        <translation>&amp;Gleicher Zeitpunkt für jede Zeile (UTC):</translation>
    </message>
    <message>
        <source>&amp;Remember these columns for files with the same headers</source>
        <translation>Diese Spalten für Dateien mit denselben Überschriften &amp;merken</translation>
    </message>
    <message>
        <source>Map the activity columns</source>
        <translation>Spalten der Aktivitäten zuordnen</translation>
    </message>
    <message>
        <source>Activities are matched to leads by e-mail address or lead id. Say what each column holds, or ignore it.</source>
        <translation>Aktivitäten werden Leads über die E-Mail-Adresse oder die Lead-ID zugeordnet. Geben Sie an, was jede Spalte enthält, oder ignorieren Sie sie.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>&amp;Activity of every row:</source>
        <translation>&amp;Aktivität jeder Zeile:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column of the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Spalte der Datei&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Holds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enthält&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Values in the first rows&lt;/b&gt;</source>
        <translation>&lt;b&gt;Werte der ersten Zeilen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The columns you chose for a file with the same headers are filled in.</source>
        <translation>Die Spalten, die Sie für eine Datei mit denselben Überschriften gewählt haben, sind eingetragen.</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Each column holds one thing, each thing comes from one column: %1 is chosen for more than one column.</source>
        <translation>Jede Spalte enthält eine Angabe, jede Angabe kommt aus einer Spalte: %1 ist für mehr als eine Spalte gewählt.</translation>
    </message>
    <message>
        <source>Still missing: %1. Choose a column for it, or an activity or time for every row.</source>
        <translation>Es fehlt noch: %1. Wählen Sie eine Spalte dafür oder eine Aktivität bzw. einen Zeitpunkt für jede Zeile.</translation>
    </message>
</context>
<context>
    <name>ImportBatches</name>
    <message>
        <source>a call was logged for one of its leads</source>
        <translation>wurde für einen seiner Leads ein Anruf protokolliert</translation>
    </message>
    <message>
        <source>one of its leads moved to another stage</source>
        <translation>hat einer seiner Leads die Phase gewechselt</translation>
    </message>
    <message>
        <source>one of its leads was qualified</source>
        <translation>wurde einer seiner Leads qualifiziert</translation>
    </message>
    <message>
        <source>one of its leads was claimed by a rep</source>
        <translation>wurde einer seiner Leads von einem Mitarbeiter reserviert</translation>
    </message>
    <message>
        <source>There is no import batch %1.</source>
        <translation>Es gibt keinen Importlauf %1.</translation>
    </message>
    <message>
        <source>Import batch %1 was undone already.</source>
        <translation>Importlauf %1 wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Import batch %1 cannot be undone: %2 since the import.</source>
        <translation>Importlauf %1 kann nicht rückgängig gemacht werden: Seit dem Import %2.</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>&amp;Leads (people and companies)</source>
        <translation>&amp;Leads (Personen und Firmen)</translation>
    </message>
    <message>
        <source>&amp;Activities of known leads (downloads, webinars, clicks…)</source>
        <translation>&amp;Aktivitäten bekannter Leads (Downloads, Webinare, Klicks …)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx). Check the preview: it shows the first rows as they will be read.</source>
        <translation>Eine CSV-Datei oder eine Excel-Arbeitsmappe (.xlsx). Prüfen Sie die Vorschau: Sie zeigt die ersten Zeilen so, wie sie gelesen werden.</translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation>Pfad einer .csv- oder .xlsx-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>Sie enthält:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Gelesen als:</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <source>Import from CSV or Excel</source>
        <translation>Aus CSV oder Excel importieren</translation>
    </message>
    <message>
        <source>Lead files (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Lead-Dateien (*.csv *.txt *.tsv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei gewählt.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet %1</source>
        <translation>Excel-Arbeitsmappe, Tabellenblatt %1</translation>
    </message>
    <message>
        <source>CSV, %1, separated by %2</source>
        <translation>CSV, %1, getrennt durch %2</translation>
    </message>
    <message>
        <source>The file has no header row to read column names from.</source>
        <translation>Die Datei hat keine Kopfzeile, aus der sich Spaltennamen lesen lassen.</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>wanted %1, which column %2 takes</source>
        <translation>wollte %1, das Spalte %2 erhält</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <source>guessed from a word — please check</source>
        <translation>aus einem Wort erraten – bitte prüfen</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>&amp;Remember this mapping for files with the same columns</source>
        <translation>Diese Zuordnung für Dateien mit denselben Spalten &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Keep ignored columns as a note on the lead</source>
        <translation>Ignorierte Spalten als &amp;Notiz am Lead behalten</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column of the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Spalte der Datei&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goes to&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wird zu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Values in the first rows&lt;/b&gt;</source>
        <translation>&lt;b&gt;Werte in den ersten Zeilen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Each column goes to a lead field, or is ignored. Columns marked &quot;please check&quot; were guessed from a word of their header.</source>
        <translation>Jede Spalte wird einem Lead-Feld zugeordnet oder ignoriert. Mit „bitte prüfen“ markierte Spalten wurden aus einem Wort ihrer Überschrift erraten.</translation>
    </message>
    <message>
        <source>The mapping you used for a file with the same columns is filled in.</source>
        <translation>Die Zuordnung, die Sie für eine Datei mit denselben Spalten verwendet haben, ist eingetragen.</translation>
    </message>
    <message>
        <source>Map a column to E-mail or Phone: a lead without a way to reach them is not imported.</source>
        <translation>Ordnen Sie eine Spalte E-Mail oder Telefon zu: Ein Lead, der nicht erreichbar ist, wird nicht importiert.</translation>
    </message>
</context>
<context>
    <name>ImportOptionsPage</name>
    <message>
        <source>S&amp;kip them (report the lead they duplicate)</source>
        <translation>Ü&amp;berspringen (den doppelten Lead im Bericht nennen)</translation>
    </message>
    <message>
        <source>Import &amp;nothing when any row is rejected</source>
        <translation>&amp;Nichts importieren, wenn eine Zeile abgelehnt wird</translation>
    </message>
    <message>
        <source>C&amp;heck Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Choose what to do</source>
        <translation>Vorgehen wählen</translation>
    </message>
    <message>
        <source>Nothing is written yet: the rows below are what the import would do with these choices.</source>
        <translation>Noch wird nichts geschrieben: Unten steht, was der Import mit diesen Einstellungen täte.</translation>
    </message>
    <message>
        <source>From the file (rows without one: unknown)</source>
        <translation>Aus der Datei (Zeilen ohne Angabe: unbekannt)</translation>
    </message>
    <message>
        <source>For rows that name none, e.g. Trade fair Hanover 2026</source>
        <translation>Für Zeilen ohne Angabe, z. B. Messe Hannover 2026</translation>
    </message>
    <message>
        <source>Team default</source>
        <translation>Standard des Teams</translation>
    </message>
    <message>
        <source>Source &amp;channel:</source>
        <translation>&amp;Quellkanal:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <source>Country of &amp;phone numbers:</source>
        <translation>&amp;Land der Telefonnummern:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Zuständig:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplikate:</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Checking every row of the file…</source>
        <translation>Jede Zeile der Datei wird geprüft …</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Of %n row(s): %1 new, %2 duplicates (%3 to merge, %4 to skip), %5 rejected as invalid or erased on request.</source>
        <translation>
            <numerusform>Von %n Zeile: %1 neu, %2 Duplikate (%3 zum Zusammenführen, %4 zum Überspringen), %5 abgelehnt als ungültig oder auf Antrag gelöscht.</numerusform>
            <numerusform>Von %n Zeilen: %1 neu, %2 Duplikate (%3 zum Zusammenführen, %4 zum Überspringen), %5 abgelehnt als ungültig oder auf Antrag gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>All or nothing: this file would be refused as a whole.</source>
        <translation>Ganz oder gar nicht: Diese Datei würde insgesamt abgelehnt.</translation>
    </message>
    <message>
        <source>The same file was imported before as %1; rows imported then count as duplicates now.</source>
        <translation>Dieselbe Datei wurde bereits als Importlauf %1 importiert; damals importierte Zeilen zählen jetzt als Duplikate.</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>Me&amp;rge: fill the existing lead&apos;s empty fields</source>
        <translation>Zusammen&amp;führen: leere Felder des vorhandenen Leads füllen</translation>
    </message>
    <message>
        <source>Import them &amp;anyway as new leads</source>
        <translation>&amp;Trotzdem als neue Leads importieren</translation>
    </message>
</context>
<context>
    <name>ImportOwnerChoice</name>
    <message>
        <source>From the file&apos;s &amp;owner column; rows that name none stay unassigned</source>
        <translation>Aus der Spalte „Zuständig“ der &amp;Datei; Zeilen ohne Eintrag bleiben ohne Zuständigen</translation>
    </message>
    <message>
        <source>From the owner column; rows that name none &amp;go to:</source>
        <translation>Aus der Spalte „Zuständig“; Zeilen ohne Eintrag &amp;gehen an:</translation>
    </message>
    <message>
        <source>Nobody: every lead waits &amp;unassigned in the queue</source>
        <translation>&amp;Ohne Zuständigen: Jeder Lead wartet in der Warteschlange</translation>
    </message>
    <message>
        <source>Re&amp;ject rows whose owner is not a rep of the team (otherwise they stay unassigned)</source>
        <translation>Zeilen &amp;ablehnen, deren Zuständiger kein Mitarbeiter des Teams ist (sonst bleiben sie ohne Zuständigen)</translation>
    </message>
</context>
<context>
    <name>ImportOwners</name>
    <message>
        <source>There is no rep named &quot;%1&quot; on this store.</source>
        <translation>In diesem Datenbestand gibt es keinen Mitarbeiter namens „%1“.</translation>
    </message>
    <message>
        <source>Choose the rep who gets the leads.</source>
        <translation>Wählen Sie den Mitarbeiter, der die Leads erhält.</translation>
    </message>
    <message>
        <source>There is no rep named &quot;%1&quot; on this store; its reps are: %2.</source>
        <translation>In diesem Datenbestand gibt es keinen Mitarbeiter namens „%1“; seine Mitarbeiter sind: %2.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Imported as batch %1.</source>
        <translation>Als Importlauf %1 importiert.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was imported: a row was rejected and the import was all or nothing.</source>
        <translation>Es wurde nichts importiert: Ein Datensatz wurde abgelehnt, und der Import sollte ganz oder gar nicht erfolgen.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Abgebrochen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: CSV, %2, delimiter &quot;%3&quot;</source>
        <translation>%1: CSV, %2, Trennzeichen „%3“</translation>
    </message>
    <message>
        <source>%1: workbook, sheet &quot;%2&quot;</source>
        <translation>%1: Arbeitsmappe, Tabellenblatt „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s): %1 imported, %2 merged, %3 skipped, %4 rejected, %5 flagged.</source>
        <translation>
            <numerusform>%n Datensatz: %1 importiert, %2 zusammengeführt, %3 übersprungen, %4 abgelehnt, %5 markiert.</numerusform>
            <numerusform>%n Datensätze: %1 importiert, %2 zusammengeführt, %3 übersprungen, %4 abgelehnt, %5 markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same file was imported before as batch %1.</source>
        <translation>Dieselbe Datei wurde bereits als Importlauf %1 importiert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: %2</source>
        <translation>Der Bericht kann nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>&amp;Save Report as CSV…</source>
        <translation>Bericht als CSV &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>Diesen Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>&amp;Rows not imported as they were:</source>
        <translation>&amp;Zeilen, die nicht unverändert importiert wurden:</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>Der Import ist fehlgeschlagen, es wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>Delete the leads of batch %1 again</source>
        <translation>Die Leads des Importlaufs %1 wieder löschen</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Bericht gespeichert</translation>
    </message>
    <message>
        <source>The report of every row was saved as %1.</source>
        <translation>Der Bericht über jede Zeile wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n lead(s) that import %1 created?</source>
        <translation>
            <numerusform>Den %n Lead löschen, den Importlauf %1 angelegt hat?</numerusform>
            <numerusform>Die %n Leads löschen, die Importlauf %1 angelegt hat?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %1 undone: %n lead(s) deleted.</source>
        <translation>
            <numerusform>Importlauf %1 rückgängig gemacht: %n Lead gelöscht.</numerusform>
            <numerusform>Importlauf %1 rückgängig gemacht: %n Leads gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import not undone</source>
        <translation>Import nicht rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>ImportRowCleaner</name>
    <message>
        <source>&quot;%1&quot; is neither yes nor no; left unset.</source>
        <translation>„%1“ ist weder ja noch nein; nicht gesetzt.</translation>
    </message>
    <message>
        <source>Further e-mail address: %1</source>
        <translation>Weitere E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <source>Phone extension: %1</source>
        <translation>Durchwahl: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no known source channel; the file&apos;s channel is used.</source>
        <translation>„%1“ ist kein bekannter Quellkanal; der Quellkanal der Datei wird verwendet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The dates of this column can be read day-first or month-first; kept as written.</source>
        <translation>Die Datumsangaben dieser Spalte können mit dem Tag oder mit dem Monat zuerst gelesen werden; sie wurden unverändert übernommen.</translation>
    </message>
    <message>
        <source>%1 Left out.</source>
        <translation>%1 Weggelassen.</translation>
    </message>
    <message>
        <source>There is no rep named &quot;%1&quot;; the lead is left unassigned.</source>
        <translation>Es gibt keinen Mitarbeiter namens „%1“; der Lead bleibt ohne Zuständigen.</translation>
    </message>
    <message>
        <source>%1 Left empty.</source>
        <translation>%1 Leer gelassen.</translation>
    </message>
    <message>
        <source>There is no rep named &quot;%1&quot;; rows naming an owner who is not a rep of the team are rejected.</source>
        <translation>Es gibt keinen Mitarbeiter namens „%1“; Zeilen, deren Zuständiger kein Mitarbeiter des Teams ist, werden abgelehnt.</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>The import is one transaction: cancelled, it leaves the store as it was.</source>
        <translation>Der Import ist eine einzige Transaktion: Abgebrochen lässt er den Datenbestand, wie er war.</translation>
    </message>
    <message>
        <source>Reading and importing %1…</source>
        <translation>%1 wird gelesen und importiert …</translation>
    </message>
    <message numerus="yes">
        <source>%1 % read, about %n second(s) left…</source>
        <translation>
            <numerusform>%1 % gelesen, noch etwa %n Sekunde …</numerusform>
            <numerusform>%1 % gelesen, noch etwa %n Sekunden …</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling — taking every row back…</source>
        <translation>Wird abgebrochen – jede Zeile wird zurückgenommen …</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Der Import ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>Row %1 (line %2): %3</source>
        <translation>Datensatz %1 (Zeile %2): %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Datensatz %1: %2</translation>
    </message>
    <message>
        <source>Expected %1 columns, found %2 columns</source>
        <translation>%1 Spalten erwartet, %2 Spalten gefunden</translation>
    </message>
</context>
<context>
    <name>ImportTarget</name>
    <message>
        <source>Full name (split into first and last name)</source>
        <translation>Vollständiger Name (in Vor- und Nachname geteilt)</translation>
    </message>
    <message>
        <source>Salutation or academic title</source>
        <translation>Anrede oder akademischer Titel</translation>
    </message>
    <message>
        <source>ID in the other system</source>
        <translation>ID im anderen System</translation>
    </message>
    <message>
        <source>Further phone number</source>
        <translation>Weitere Telefonnummer</translation>
    </message>
    <message>
        <source>Further e-mail address</source>
        <translation>Weitere E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Keep as note</source>
        <translation>Als Notiz behalten</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Nicht importieren</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from CSV or Excel</source>
        <translation>Aus CSV oder Excel importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>KeyFacts</name>
    <message>
        <source>Is there a budget for this — planned for this year, or already approved?</source>
        <translation>Gibt es dafür ein Budget — für dieses Jahr eingeplant oder bereits freigegeben?</translation>
    </message>
    <message>
        <source>When you take on topics like this, how are they usually funded — from a department budget or a separate project budget?</source>
        <translation>Wenn Sie solche Themen angehen, wie werden sie üblicherweise finanziert — aus einem Abteilungsbudget oder einem eigenen Projektbudget?</translation>
    </message>
    <message>
        <source>Have you set a budget range for a solution, even a rough one?</source>
        <translation>Haben Sie für eine Lösung einen Budgetrahmen festgelegt, auch nur grob?</translation>
    </message>
    <message>
        <source>What budget is planned for this evaluation, and who releases it?</source>
        <translation>Welches Budget ist für diese Evaluierung eingeplant, und wer gibt es frei?</translation>
    </message>
    <message>
        <source>Is the budget approved, and for what amount?</source>
        <translation>Ist das Budget freigegeben, und in welcher Höhe?</translation>
    </message>
    <message>
        <source>Who besides you is involved in deciding this?</source>
        <translation>Wer ist außer Ihnen an dieser Entscheidung beteiligt?</translation>
    </message>
    <message>
        <source>If this became a project, who would drive it internally?</source>
        <translation>Wenn daraus ein Projekt würde, wer würde es intern vorantreiben?</translation>
    </message>
    <message>
        <source>Who weighs up the options with you — IT, finance, management?</source>
        <translation>Wer wägt die Optionen mit Ihnen ab — IT, Finanzen, Geschäftsleitung?</translation>
    </message>
    <message>
        <source>Who makes the final call when the evaluation is done?</source>
        <translation>Wer trifft nach der Evaluierung die endgültige Entscheidung?</translation>
    </message>
    <message>
        <source>Who signs the order, and does anyone else have to approve it?</source>
        <translation>Wer unterschreibt den Auftrag, und muss noch jemand anderes zustimmen?</translation>
    </message>
    <message>
        <source>What made you look into this topic right now?</source>
        <translation>Was hat Sie dazu gebracht, sich gerade jetzt mit diesem Thema zu befassen?</translation>
    </message>
    <message>
        <source>What challenge made you read up on this?</source>
        <translation>Welche Herausforderung hat Sie dazu gebracht, sich darüber zu informieren?</translation>
    </message>
    <message>
        <source>What would have to improve for a solution to be worth it for you?</source>
        <translation>Was müsste sich verbessern, damit sich eine Lösung für Sie lohnt?</translation>
    </message>
    <message>
        <source>Which requirements must a solution meet without fail?</source>
        <translation>Welche Anforderungen muss eine Lösung unbedingt erfüllen?</translation>
    </message>
    <message>
        <source>Which problem does this purchase have to solve first?</source>
        <translation>Welches Problem muss diese Anschaffung als Erstes lösen?</translation>
    </message>
    <message>
        <source>By when should a solution be in place?</source>
        <translation>Bis wann soll eine Lösung im Einsatz sein?</translation>
    </message>
    <message>
        <source>Is this a topic for this year, or rather for later?</source>
        <translation>Ist das ein Thema für dieses Jahr oder eher für später?</translation>
    </message>
    <message>
        <source>When do you plan to choose a solution?</source>
        <translation>Wann möchten Sie sich für eine Lösung entscheiden?</translation>
    </message>
    <message>
        <source>When do you expect to finish the evaluation and decide?</source>
        <translation>Wann wollen Sie die Evaluierung voraussichtlich abschließen und entscheiden?</translation>
    </message>
    <message>
        <source>When should the contract be signed, and when do you want to go live?</source>
        <translation>Wann soll der Vertrag unterschrieben werden, und wann möchten Sie produktiv starten?</translation>
    </message>
    <message>
        <source>Roughly what amount are you working with, and in which currency?</source>
        <translation>Mit welchem Betrag planen Sie ungefähr, und in welcher Währung?</translation>
    </message>
    <message>
        <source>Just to be sure: do you make the final decision yourself, or who does?</source>
        <translation>Nur zur Sicherheit: Treffen Sie die endgültige Entscheidung selbst, oder wer sonst?</translation>
    </message>
    <message>
        <source>What is your part in the decision — technical evaluation, budget, or overall responsibility?</source>
        <translation>Welche Rolle haben Sie bei der Entscheidung — technische Bewertung, Budget oder Gesamtverantwortung?</translation>
    </message>
    <message>
        <source>What does the problem cost you today — time, money, customers?</source>
        <translation>Was kostet Sie das Problem heute — Zeit, Geld, Kunden?</translation>
    </message>
    <message>
        <source>Is there a date by which the decision has to be made?</source>
        <translation>Gibt es einen Termin, bis zu dem die Entscheidung fallen muss?</translation>
    </message>
    <message>
        <source>Where are you in the process — getting informed, comparing options, evaluating in detail, or ready to buy?</source>
        <translation>Wo stehen Sie im Prozess — informieren Sie sich, vergleichen Sie Optionen, prüfen Sie im Detail, oder sind Sie kaufbereit?</translation>
    </message>
    <message>
        <source>How many people work at your company?</source>
        <translation>Wie viele Beschäftigte hat Ihr Unternehmen?</translation>
    </message>
    <message>
        <source>Roughly what annual revenue does your company have?</source>
        <translation>Welchen Jahresumsatz hat Ihr Unternehmen ungefähr?</translation>
    </message>
    <message>
        <source>Which industry would you put your company in?</source>
        <translation>Welcher Branche würden Sie Ihr Unternehmen zuordnen?</translation>
    </message>
    <message>
        <source>What is your role in the company?</source>
        <translation>Welche Funktion haben Sie im Unternehmen?</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>Budgethöhe</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Entscheidungsbefugnis</translation>
    </message>
    <message>
        <source>Decision authority confirmed</source>
        <translation>Entscheidungsbefugnis bestätigt</translation>
    </message>
    <message>
        <source>Buying-center role</source>
        <translation>Rolle im Buying Center</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>The pain in words</source>
        <translation>Das Problem in eigenen Worten</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Expected decision date</source>
        <translation>Voraussichtliches Entscheidungsdatum</translation>
    </message>
    <message>
        <source>Buying phase</source>
        <translation>Kaufphase</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>KeyFactsPanel</name>
    <message>
        <source>Still unknown, and what to ask</source>
        <translation>Noch unbekannt, und was zu fragen ist</translation>
    </message>
    <message>
        <source>Every key fact is known.</source>
        <translation>Alle Kernfakten sind bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>Still unknown (%n) — ask next:</source>
        <translation>
            <numerusform>Noch unbekannt (%n) – als Nächstes fragen:</numerusform>
            <numerusform>Noch unbekannt (%n) – als Nächstes fragen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Choose a lead: the key facts still unknown and what to ask show here.</source>
        <translation>Wählen Sie einen Lead: Hier erscheinen die noch unbekannten Kernfakten und was Sie fragen sollten.</translation>
    </message>
</context>
<context>
    <name>KpiPlan</name>
    <message>
        <source>%1 and the steps before: no measured conversion, as no lead of the last 365 days reached %2.</source>
        <translation>%1 und die Schritte davor: keine gemessene Konversion, da kein Lead der letzten 365 Tage %2 erreicht hat.</translation>
    </message>
    <message>
        <source>measured: %1 of %2 reached %3 (%4)</source>
        <translation>gemessen: %1 von %2 haben %3 erreicht (%4)</translation>
    </message>
    <message>
        <source>Calls: the call log of the last 365 days is empty.</source>
        <translation>Anrufe: Das Anrufprotokoll der letzten 365 Tage ist leer.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>measured: %1 calls per worked lead, connect rate %2, %3 calls per connect</source>
        <translation>gemessen: %1 Anrufe je bearbeitetem Lead, Erreichungsquote %2, %3 Anrufe je Erreichen</translation>
    </message>
    <message>
        <source>Calls per rep and working day</source>
        <translation>Anrufe je Mitarbeiter und Arbeitstag</translation>
    </message>
    <message>
        <source>%1 reps, %2 working days (Monday to Friday)</source>
        <translation>%1 Mitarbeiter, %2 Arbeitstage (Montag bis Freitag)</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>Wie geplant</translation>
    </message>
    <message>
        <source>Close rate %1 % better</source>
        <translation>Abschlussquote %1 % besser</translation>
    </message>
    <message>
        <source>10 % more opportunities (better conversion to opportunity)</source>
        <translation>10 % mehr Opportunities (bessere Konversion zur Opportunity)</translation>
    </message>
    <message>
        <source>The revenue target must be more than 0.</source>
        <translation>Das Umsatzziel muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>The average deal must be more than 0.</source>
        <translation>Der durchschnittliche Auftragswert muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>The close rate must be more than 0 and at most 100 %.</source>
        <translation>Die Abschlussquote muss größer als 0 und höchstens 100 % sein.</translation>
    </message>
    <message>
        <source>The opportunities cannot be negative.</source>
        <translation>Die Opportunities dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Abschlüsse</translation>
    </message>
    <message>
        <source>revenue target ÷ average deal</source>
        <translation>Umsatzziel ÷ durchschnittlicher Auftragswert</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>deals ÷ close rate %1</source>
        <translation>Abschlüsse ÷ Abschlussquote %1</translation>
    </message>
    <message>
        <source>Needed (rounded up to whole numbers):</source>
        <translation>Benötigt (auf ganze Zahlen aufgerundet):</translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation>genau %1</translation>
    </message>
    <message>
        <source> — achieved this period: %1</source>
        <translation> — in diesem Zeitraum erreicht: %1</translation>
    </message>
    <message>
        <source>  Not planned: %1</source>
        <translation>  Nicht geplant: %1</translation>
    </message>
    <message>
        <source>Over a year (exact, not rounded):</source>
        <translation>Über ein Jahr (exakt, nicht gerundet):</translation>
    </message>
    <message>
        <source>  %1 %2 opportunities × %3 = %4 deals, revenue %5 (%6 more)</source>
        <translation>  %1 %2 Opportunities × %3 = %4 Abschlüsse, Umsatz %5 (%6 mehr)</translation>
    </message>
</context>
<context>
    <name>LeadCard</name>
    <message>
        <source>No lead selected</source>
        <translation>Kein Lead ausgewählt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Press F8 for the next lead, or choose one from the queue.</source>
        <translation>Drücken Sie F8 für den nächsten Lead oder wählen Sie einen in der Anrufliste aus.</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Score: %1 (grade %2)</source>
        <translation>Punktzahl: %1 (Note %2)</translation>
    </message>
    <message>
        <source>Calls: %1 (%2 unreached in a row)</source>
        <translation>Anrufe: %1 (%2 in Folge nicht erreicht)</translation>
    </message>
    <message>
        <source>do not call</source>
        <translation>nicht anrufen</translation>
    </message>
    <message>
        <source>do not e-mail</source>
        <translation>keine E-Mails</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>falsche Nummer</translation>
    </message>
    <message>
        <source>In the queue: %1</source>
        <translation>In der Anrufliste: %1</translation>
    </message>
    <message>
        <source>Call the lead&apos;s phone number</source>
        <translation>Die Telefonnummer des Leads anrufen</translation>
    </message>
    <message>
        <source>Write to the lead&apos;s e-mail address</source>
        <translation>Dem Lead an seine E-Mail-Adresse schreiben</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>Plan bearbeiten…</translation>
    </message>
    <message>
        <source>Move, skip, add or remove this lead&apos;s nurture steps</source>
        <translation>Die Nurturing-Schritte dieses Leads verschieben, überspringen, hinzufügen oder entfernen</translation>
    </message>
</context>
<context>
    <name>LeadConflict</name>
    <message>
        <source>Lead %1 was changed by someone else while you edited it; nothing was saved.</source>
        <translation>Lead %1 wurde von jemand anderem geändert, während Sie ihn bearbeitet haben; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>LeadDetailsEditor</name>
    <message>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Lead %1: %2 was not changed to &quot;%3&quot;.</source>
        <translation>Lead %1: %2 wurde nicht auf „%3“ geändert.</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Disclose or erase everything stored about this person</source>
        <translation>Auskunft über alles geben, was zu dieser Person gespeichert ist, oder alles löschen</translation>
    </message>
    <message>
        <source>Someone else changed this to &quot;%1&quot; while you edited it. Confirm yours (&quot;%2&quot;) to keep it, or enter theirs.</source>
        <translation>Jemand anderes hat dies in „%1“ geändert, während Sie es bearbeitet haben. Bestätigen Sie Ihren Wert („%2“), um ihn zu behalten, oder geben Sie den anderen ein.</translation>
    </message>
</context>
<context>
    <name>LeadEditor</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Lead %1 no longer exists.</source>
        <translation>Lead %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Owner: there is no rep named &quot;%1&quot;; choose one of the team&apos;s reps.</source>
        <translation>Zuständig: Es gibt keinen Mitarbeiter namens „%1“; wählen Sie einen Mitarbeiter des Teams.</translation>
    </message>
</context>
<context>
    <name>LeadFieldForm</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company and fit</source>
        <translation>Unternehmen und Passung</translation>
    </message>
    <message>
        <source>Origin and owner</source>
        <translation>Herkunft und Zuständigkeit</translation>
    </message>
    <message>
        <source>Do not call this person</source>
        <translation>Diese Person nicht anrufen</translation>
    </message>
    <message>
        <source>Do not e-mail this person</source>
        <translation>Dieser Person keine E-Mails senden</translation>
    </message>
    <message>
        <source>e.g. name@company.example</source>
        <translation>z. B. name@firma.example</translation>
    </message>
    <message>
        <source>e.g. +49 30 901820</source>
        <translation>z. B. +49 30 901820</translation>
    </message>
    <message>
        <source>e.g. 2500000</source>
        <translation>z. B. 2500000</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>z. B. EUR</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>z. B. DE</translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation>z. B. Europe/Berlin</translation>
    </message>
</context>
<context>
    <name>LeadFields</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Hierarchieebene</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>Quellkanal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Nicht anrufen</translation>
    </message>
    <message>
        <source>Do not e-mail</source>
        <translation>Keine E-Mails</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation>%1: „%2“ ist keiner der Werte %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither yes nor no.</source>
        <translation>%1: „%2“ ist weder „yes“ noch „no“.</translation>
    </message>
    <message>
        <source>Employees: &quot;%1&quot; is not a whole number of people.</source>
        <translation>Beschäftigte: „%1“ ist keine ganze Personenzahl.</translation>
    </message>
    <message>
        <source>Annual revenue: &quot;%1&quot; is not an amount of money (write it like 2500000 or 2500000.50).</source>
        <translation>Jahresumsatz: „%1“ ist kein Geldbetrag (schreiben Sie ihn z. B. als 2500000 oder 2500000.50).</translation>
    </message>
    <message>
        <source>Owner: &quot;%1&quot; is not a rep.</source>
        <translation>Zuständig: „%1“ ist kein Mitarbeiter.</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
</context>
<context>
    <name>LeadImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>lead %1: same external id</source>
        <translation>Lead %1: gleiche externe ID</translation>
    </message>
    <message>
        <source>Same external id as row %1, which was not imported.</source>
        <translation>Gleiche externe ID wie Datensatz %1, der nicht importiert wurde.</translation>
    </message>
    <message>
        <source>Same person as row %1 of this file: %2.</source>
        <translation>Dieselbe Person wie Datensatz %1 dieser Datei: %2.</translation>
    </message>
    <message>
        <source>Duplicate of %1.</source>
        <translation>Dublette von %1.</translation>
    </message>
    <message>
        <source>Nothing to fill.</source>
        <translation>Nichts zu ergänzen.</translation>
    </message>
    <message>
        <source>Filled: %1.</source>
        <translation>Ergänzt: %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>LeadMerge</name>
    <message>
        <source>A merge needs at least two leads: the one to keep and at least one to merge into it.</source>
        <translation>Eine Zusammenführung braucht mindestens zwei Leads: den zu behaltenden und mindestens einen, der in ihn zusammengeführt wird.</translation>
    </message>
    <message>
        <source>Lead %1 is named twice; each lead takes part in a merge once.</source>
        <translation>Lead %1 ist doppelt angegeben; jeder Lead nimmt nur einmal an einer Zusammenführung teil.</translation>
    </message>
    <message>
        <source>There is no lead %1 (it may have been erased or merged already).</source>
        <translation>Es gibt keinen Lead %1 (er wurde möglicherweise bereits gelöscht oder zusammengeführt).</translation>
    </message>
    <message>
        <source>Lead %1 is a person erased on request; it is not merged.</source>
        <translation>Lead %1 ist eine auf Verlangen gelöschte Person; er wird nicht zusammengeführt.</translation>
    </message>
    <message>
        <source>Lead %1 is not part of this merge.</source>
        <translation>Lead %1 ist nicht Teil dieser Zusammenführung.</translation>
    </message>
    <message>
        <source>There is no merge %1 to undo (it may have been undone already).</source>
        <translation>Es gibt keine Zusammenführung %1, die rückgängig gemacht werden könnte (sie wurde möglicherweise bereits rückgängig gemacht).</translation>
    </message>
    <message>
        <source>Lead %1 of merge %2 was merged into lead %3 since; undo that merge first.</source>
        <translation>Lead %1 aus Zusammenführung %2 wurde seitdem in Lead %3 zusammengeführt; machen Sie zuerst diese Zusammenführung rückgängig.</translation>
    </message>
    <message>
        <source>Merge %1 can no longer be undone: a new lead has taken number %2 since.</source>
        <translation>Zusammenführung %1 kann nicht mehr rückgängig gemacht werden: Ein neuer Lead hat seitdem die Nummer %2 erhalten.</translation>
    </message>
    <message>
        <source>Lead %1 has been worked on since merge %2 (details, calls or history changed); the merge can no longer be undone.</source>
        <translation>Lead %1 wurde seit Zusammenführung %2 bearbeitet (Angaben, Anrufe oder Verlauf geändert); die Zusammenführung kann nicht mehr rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>LeadPlanDialog</name>
    <message>
        <source>Nurture Plan of the Lead</source>
        <translation>Nurturing-Plan des Leads</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Steps of the lead&apos;s plan</source>
        <translation>Schritte des Plans dieses Leads</translation>
    </message>
    <message>
        <source>S&amp;witch track…</source>
        <translation>Strecke &amp;wechseln…</translation>
    </message>
    <message>
        <source>Stops this plan and starts the lead on the track chosen</source>
        <translation>Beendet diesen Plan und startet den Lead auf der gewählten Strecke</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>Other &amp;track</source>
        <translation>Andere S&amp;trecke</translation>
    </message>
    <message>
        <source>any piece of this kind</source>
        <translation>ein beliebiger Inhalt dieser Art</translation>
    </message>
    <message>
        <source>What to mention, or why the step is skipped</source>
        <translation>Was anzusprechen ist, oder warum der Schritt übersprungen wird</translation>
    </message>
    <message>
        <source>&amp;Save step</source>
        <translation>Schritt &amp;speichern</translation>
    </message>
    <message>
        <source>Saves the day, channel, content, purpose and note onto the step</source>
        <translation>Speichert Tag, Kanal, Inhalt, Zweck und Notiz in den Schritt</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Adds these values as a new step of the plan</source>
        <translation>Fügt diese Angaben als neuen Schritt zum Plan hinzu</translation>
    </message>
    <message>
        <source>Sk&amp;ip step</source>
        <translation>Schritt ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Marks the step skipped, with the note</source>
        <translation>Markiert den Schritt mit der Notiz als übersprungen</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>Schritt &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;Fällig am</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Piece</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>F&amp;or</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>The lead has no running nurture plan. Start one with the Nurture decision.</source>
        <translation>Der Lead hat keinen laufenden Nurturing-Plan. Starten Sie einen mit der Entscheidung Nurturing.</translation>
    </message>
    <message>
        <source>Track %1 (version %2), started %3. Due dates skip weekends and the public holidays of %4.</source>
        <translation>Strecke %1 (Version %2), gestartet am %3. Fälligkeiten überspringen Wochenenden und die Feiertage von %4.</translation>
    </message>
    <message>
        <source>The plan is paused.</source>
        <translation>Der Plan ist pausiert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Step saved.</source>
        <translation>Schritt gespeichert.</translation>
    </message>
    <message>
        <source>Step saved; %1 is not a working day for the lead, so it falls due on %2.</source>
        <translation>Schritt gespeichert; der %1 ist für den Lead kein Arbeitstag, der Schritt ist daher am %2 fällig.</translation>
    </message>
    <message>
        <source>Step added.</source>
        <translation>Schritt hinzugefügt.</translation>
    </message>
    <message>
        <source>Step skipped.</source>
        <translation>Schritt übersprungen.</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Remove the step &quot;%1&quot; due %2 from this lead&apos;s plan?</source>
        <translation>Den am %2 fälligen Schritt „%1“ aus dem Plan dieses Leads entfernen?</translation>
    </message>
    <message>
        <source>Step removed.</source>
        <translation>Schritt entfernt.</translation>
    </message>
    <message>
        <source>Switch track</source>
        <translation>Strecke wechseln</translation>
    </message>
    <message>
        <source>Stop this plan and start the lead on &quot;%1&quot;? Steps done so far stay in the timeline.</source>
        <translation>Diesen Plan beenden und den Lead auf „%1“ starten? Die bisher erledigten Schritte bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>The lead now follows %1.</source>
        <translation>Der Lead folgt jetzt %1.</translation>
    </message>
</context>
<context>
    <name>LeadRecordActions</name>
    <message>
        <source>&amp;New Lead…</source>
        <translation>&amp;Neuer Lead …</translation>
    </message>
    <message>
        <source>&amp;Erase on Request…</source>
        <translation>&amp;Löschung auf Verlangen …</translation>
    </message>
    <message>
        <source>Enter a new lead (%1)</source>
        <translation>Einen neuen Lead erfassen (%1)</translation>
    </message>
    <message>
        <source>Save everything stored about this lead as JSON and as a readable HTML summary (GDPR Art. 15/20)</source>
        <translation>Alles, was zu diesem Lead gespeichert ist, als JSON und als lesbare HTML-Zusammenfassung speichern (DSGVO Art. 15/20)</translation>
    </message>
    <message>
        <source>Erase this lead and everything stored about them (GDPR Art. 17)</source>
        <translation>Diesen Lead und alles, was zu ihm gespeichert ist, löschen (DSGVO Art. 17)</translation>
    </message>
    <message numerus="yes">
        <source>%n other lead(s) have the same e-mail address %1. Include them (Yes), only this lead (No), or stop (Cancel)?</source>
        <translation>
            <numerusform>Ein weiterer Lead hat dieselbe E-Mail-Adresse %1. Ihn einbeziehen (Ja), nur diesen Lead (Nein) oder abbrechen (Abbrechen)?</numerusform>
            <numerusform>%n weitere Leads haben dieselbe E-Mail-Adresse %1. Sie einbeziehen (Ja), nur diesen Lead (Nein) oder abbrechen (Abbrechen)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation>Auskunft</translation>
    </message>
    <message>
        <source>Disclose everything stored</source>
        <translation>Auskunft über alle gespeicherten Daten</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Disclosure not written</source>
        <translation>Auskunft nicht erstellt</translation>
    </message>
    <message>
        <source>Disclosure written</source>
        <translation>Auskunft erstellt</translation>
    </message>
    <message numerus="yes">
        <source>Everything stored about %n lead(s) was written to %1 (for programs) and %2 (for people to read).</source>
        <translation>
            <numerusform>Alle gespeicherten Daten zu %n Lead wurden in %1 (für Programme) und %2 (zum Lesen) gespeichert.</numerusform>
            <numerusform>Alle gespeicherten Daten zu %n Leads wurden in %1 (für Programme) und %2 (zum Lesen) gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase on request</source>
        <translation>Löschung auf Verlangen</translation>
    </message>
    <message>
        <source>Erase now?</source>
        <translation>Jetzt löschen?</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Nothing was erased</source>
        <translation>Nichts gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n lead(s) with everything stored about them (%1 rows). A suppression entry remembers them by hash only.</source>
        <translation>
            <numerusform>%n Lead mit allen gespeicherten Daten gelöscht (%1 Zeilen). Ein Sperreintrag hält ihn nur noch als Hashwert fest.</numerusform>
            <numerusform>%n Leads mit allen gespeicherten Daten gelöscht (%1 Zeilen). Ein Sperreintrag hält sie nur noch als Hashwerte fest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program has the store open, so its write-ahead log still holds old pages; it is emptied when every program has closed the store.</source>
        <translation>Ein anderes Programm hat den Datenbestand geöffnet, daher enthält das Write-Ahead-Log des Datenbestands noch alte Seiten; es wird geleert, sobald alle Programme den Datenbestand geschlossen haben.</translation>
    </message>
    <message>
        <source>These backups, taken before schema upgrades, are copies of the store as it was and may still hold the erased data; delete them if they are no longer needed:
%1</source>
        <translation>Diese Sicherungen, angelegt vor Schema-Aktualisierungen, sind Kopien des früheren Datenbestands und können die gelöschten Daten noch enthalten; löschen Sie sie, wenn sie nicht mehr benötigt werden:
%1</translation>
    </message>
    <message>
        <source>D&amp;isclose Everything Stored…</source>
        <translation>&amp;Auskunft über alle gespeicherten Daten …</translation>
    </message>
    <message>
        <source>Import leads or their activities from a CSV or Excel file (%1)</source>
        <translation>Leads oder ihre Aktivitäten aus einer CSV- oder Excel-Datei importieren (%1)</translation>
    </message>
    <message>
        <source>Im&amp;port from CSV or Excel…</source>
        <translation>Aus CSV oder Excel impor&amp;tieren …</translation>
    </message>
</context>
<context>
    <name>LeadRepository</name>
    <message>
        <source>Lead %1 no longer exists.</source>
        <translation>Lead %1 existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>LeadScores</name>
    <message>
        <source>Lead %1 no longer exists.</source>
        <translation>Lead %1 existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>LeadValidator</name>
    <message>
        <source>E-mail: &quot;%1&quot; has no domain with a dot after the @ (like example.com).</source>
        <translation>E-Mail: „%1“ hat nach dem @ keine Domain mit Punkt (etwa example.com).</translation>
    </message>
    <message>
        <source>E-mail: the domain of &quot;%1&quot; is not valid.</source>
        <translation>E-Mail: Die Domain von „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>E-mail: the domain of &quot;%1&quot; does not end in a valid top-level domain.</source>
        <translation>E-Mail: Die Domain von „%1“ endet nicht auf eine gültige Top-Level-Domain.</translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; contains a space.</source>
        <translation>E-Mail: „%1“ enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; has no @.</source>
        <translation>E-Mail: „%1“ enthält kein @.</translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; has nothing before the @.</source>
        <translation>E-Mail: In „%1“ steht nichts vor dem @.</translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; has nothing after the @.</source>
        <translation>E-Mail: In „%1“ steht nichts nach dem @.</translation>
    </message>
    <message>
        <source>E-mail: the part before the @ in &quot;%1&quot; is not valid.</source>
        <translation>E-Mail: Der Teil vor dem @ in „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>Phone: &quot;%1&quot; is not a phone number.</source>
        <translation>Telefon: „%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>Phone: &quot;%1&quot; cannot be dialled as a number of %2; check the digits or write it with its country code (like +49 30 901820).</source>
        <translation>Telefon: „%1“ lässt sich nicht als Rufnummer für %2 wählen; prüfen Sie die Ziffern oder geben Sie die Nummer mit Ländervorwahl ein (etwa +49 30 901820).</translation>
    </message>
    <message>
        <source>E-mail and phone are both empty: a lead needs at least one way to reach them. Enter an e-mail address or a phone number.</source>
        <translation>E-Mail und Telefon sind beide leer: Ein Lead braucht mindestens einen Kontaktweg. Geben Sie eine E-Mail-Adresse oder eine Telefonnummer ein.</translation>
    </message>
    <message>
        <source>Website: &quot;%1&quot; is not a web address.</source>
        <translation>Website: „%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Employees cannot be negative.</source>
        <translation>Die Zahl der Beschäftigten darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Annual revenue cannot be negative.</source>
        <translation>Der Jahresumsatz darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a three-letter currency code like EUR.</source>
        <translation>Währung: „%1“ ist kein dreistelliger Währungscode wie EUR.</translation>
    </message>
    <message>
        <source>Currency: say in which currency the annual revenue is (like EUR).</source>
        <translation>Währung: Geben Sie an, in welcher Währung der Jahresumsatz angegeben ist (etwa EUR).</translation>
    </message>
    <message>
        <source>Country: &quot;%1&quot; is not a two-letter country code like DE or US.</source>
        <translation>Land: „%1“ ist kein zweistelliger Ländercode wie DE oder US.</translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a known time zone like Europe/Berlin.</source>
        <translation>Zeitzone: „%1“ ist keine bekannte Zeitzone wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>E-mail: the part before the @ is %1 characters long; at most %2 are allowed.</source>
        <translation>E-Mail: Der Teil vor dem @ ist %1 Zeichen lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>E-mail: the address is %1 characters long; at most %2 are allowed.</source>
        <translation>E-Mail: Die Adresse ist %1 Zeichen lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>E-mail: a part of the domain is longer than %1 characters.</source>
        <translation>E-Mail: Ein Teil der Domain ist länger als %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>
Exit codes: 0 success, 1 failure, 2 bad usage. &apos;leadscout COMMAND --help&apos; describes a command.</source>
        <translation>
Rückgabewerte: 0 Erfolg, 1 Fehler, 2 falscher Aufruf. &apos;leadscout BEFEHL --help&apos; beschreibt einen Befehl.</translation>
    </message>
    <message>
        <source>leadscout: unknown command &quot;%1&quot;.</source>
        <translation>leadscout: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Try &apos;leadscout --help&apos;.</source>
        <translation>Siehe &apos;leadscout --help&apos;.</translation>
    </message>
    <message>
        <source>The store to open: a SQLite file or a postgresql:// URL.</source>
        <translation>Der zu öffnende Datenbestand: eine SQLite-Datei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>Log debug detail.</source>
        <translation>Details zur Fehlersuche protokollieren.</translation>
    </message>
    <message>
        <source>LeadScout</source>
        <translation>LeadScout</translation>
    </message>
    <message>
        <source>leadscout: %1 needs a value.</source>
        <translation>leadscout: %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>leadscout: unknown option &quot;%1&quot;.</source>
        <translation>leadscout: unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>leadscout: the window needs a display, and none was found (DISPLAY is not set). These commands run without one: %1. Try &apos;leadscout --help&apos;.</source>
        <translation>leadscout: Das Fenster braucht eine Anzeige, es wurde aber keine gefunden (DISPLAY ist nicht gesetzt). Diese Befehle laufen ohne Anzeige: %1. Siehe &apos;leadscout --help&apos;.</translation>
    </message>
    <message>
        <source>leadscout: &quot;%1&quot; is not valid UTF-8, the encoding of names on this system, so it cannot be used as given (it would name another file). Rename the file or retype the text.</source>
        <translation>leadscout: „%1“ ist kein gültiges UTF-8 (die Kodierung von Namen auf diesem System) und kann daher nicht so verwendet werden (es würde eine andere Datei bezeichnen). Benennen Sie die Datei um oder geben Sie den Text neu ein.</translation>
    </message>
    <message>
        <source>Usage: leadscout [--db PATH|postgresql://…] [--verbose]   open the workstation
       leadscout [--db …] tel:NUMBER|callto:NUMBER       show the lead with this number
       leadscout [--db …] FILE.csv|FILE.xlsx             import the file
       leadscout COMMAND [options]                       run a command without a window

Commands:
</source>
        <translation>Aufruf: leadscout [--db PFAD|postgresql://…] [--verbose]   Arbeitsplatz öffnen
       leadscout [--db …] tel:NUMMER|callto:NUMMER       Lead mit dieser Nummer zeigen
       leadscout [--db …] DATEI.csv|DATEI.xlsx           Datei importieren
       leadscout BEFEHL [Optionen]                       Befehl ohne Fenster ausführen

Befehle:
</translation>
    </message>
    <message>
        <source>A tel: or callto: link, or a CSV or XLSX file.</source>
        <translation>Ein tel:- oder callto:-Link oder eine CSV- oder XLSX-Datei.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open Store…</source>
        <translation>Datenbestand ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open another LeadScout store (%1)</source>
        <translation>Einen anderen LeadScout-Datenbestand öffnen (%1)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;About LeadScout</source>
        <translation>Ü&amp;ber LeadScout</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Call queue</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <source>%1 — LeadScout</source>
        <translation>%1 — LeadScout</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) in %1</source>
        <translation>
            <numerusform>%n Lead in %1</numerusform>
            <numerusform>%n Leads in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rep: %1</source>
        <translation>Mitarbeiter: %1</translation>
    </message>
    <message>
        <source>Cannot open store</source>
        <translation>Datenbestand kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Datenbestand öffnen</translation>
    </message>
    <message>
        <source>LeadScout stores (*.sqlite);;All files (*)</source>
        <translation>LeadScout-Datenbestände (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About LeadScout</source>
        <translation>Über LeadScout</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>&amp;Handoff</source>
        <translation>Ü&amp;bergabe</translation>
    </message>
    <message>
        <source>&amp;Export Handoff…</source>
        <translation>Übergabe e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Hand every sales-ready lead (or the selected ones) to sales</source>
        <translation>Alle vertriebsreifen Leads (oder die ausgewählten) an den Vertrieb übergeben</translation>
    </message>
    <message>
        <source>Handoff &amp;Columns…</source>
        <translation>Übergabe&amp;spalten …</translation>
    </message>
    <message>
        <source>Scoring &amp;Rules…</source>
        <translation>&amp;Bewertungsregeln …</translation>
    </message>
    <message>
        <source>Re&amp;score All Leads</source>
        <translation>Alle Leads &amp;neu bewerten</translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation>Bewertungsregeln</translation>
    </message>
    <message>
        <source>Rescoring failed</source>
        <translation>Neubewertung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rescoring cancelled</source>
        <translation>Neubewertung abgebrochen</translation>
    </message>
    <message>
        <source>&amp;Queue Settings…</source>
        <translation>Einstellungen der &amp;Anrufliste …</translation>
    </message>
    <message>
        <source>Calling hours, attempts, SLA and retry delays for the team</source>
        <translation>Anrufzeiten, Versuche, SLA und Wiedervorlagen für das Team</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Change saved in the lead&apos;s record.</source>
        <translation>Änderung im Datensatz des Leads gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Call Queue</source>
        <translation>Anruf&amp;liste</translation>
    </message>
    <message>
        <source>&amp;Queue Pane</source>
        <translation>Anrufliste &amp;einblenden</translation>
    </message>
    <message>
        <source>Show or hide the queue beside the lead (F7); F8 works either way</source>
        <translation>Anrufliste neben dem Lead ein- oder ausblenden (F7); F8 funktioniert in beiden Fällen</translation>
    </message>
    <message>
        <source>New scoring rules saved; every lead is rescored.</source>
        <translation>Neue Bewertungsregeln gespeichert; alle Leads werden neu bewertet.</translation>
    </message>
    <message numerus="yes">
        <source>Rescoring finished: %n lead(s) scored with rules version %1.</source>
        <translation>
            <numerusform>Neubewertung abgeschlossen: %n Lead mit Regelversion %1 bewertet.</numerusform>
            <numerusform>Neubewertung abgeschlossen: %n Leads mit Regelversion %1 bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — read-only snapshot of %2, taken %3 — LeadScout</source>
        <translation>%1 — schreibgeschützte Momentaufnahme von %2, erstellt %3 — LeadScout</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Mitglieder …</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>KPI &amp;Planner</source>
        <translation>KPI-&amp;Planer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LeadScout %1&lt;/h3&gt;&lt;p&gt;The workstation for lead qualification: work the call queue, qualify by BANT, hand sales-ready leads to sales.&lt;/p&gt;&lt;p&gt;Store: %2 (schema version %4)&lt;br&gt;Log file: %3&lt;/p&gt;&lt;p&gt;Libraries: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LeadScout %1&lt;/h3&gt;&lt;p&gt;Der Arbeitsplatz für die Lead-Qualifizierung: Anrufliste abarbeiten, nach BANT qualifizieren, vertriebsreife Leads an den Vertrieb übergeben.&lt;/p&gt;&lt;p&gt;Datenbestand: %2 (Schemaversion %4)&lt;br&gt;Protokolldatei: %3&lt;/p&gt;&lt;p&gt;Bibliotheken: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Phone link</source>
        <translation>Telefon-Link</translation>
    </message>
    <message>
        <source>The link “%1” names no phone number.</source>
        <translation>Der Link „%1“ enthält keine Telefonnummer.</translation>
    </message>
    <message>
        <source>No lead has the number %1. Add a new lead with this number?</source>
        <translation>Kein Lead hat die Nummer %1. Einen neuen Lead mit dieser Nummer anlegen?</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have the number %1; the card shows the first.</source>
        <translation>
            <numerusform>%n Lead hat die Nummer %1; die Karte zeigt ihn.</numerusform>
            <numerusform>%n Leads haben die Nummer %1; die Karte zeigt den ersten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>LeadScout opens CSV and Excel (XLSX) files to import leads; “%1” is neither.</source>
        <translation>LeadScout öffnet CSV- und Excel-Dateien (XLSX), um Leads zu importieren; „%1“ ist keins von beiden.</translation>
    </message>
    <message>
        <source>LeadScout</source>
        <translation>LeadScout</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Call queue, lead card and qualification form</source>
        <translation>Anrufliste, Lead-Karte und Qualifizierungsformular</translation>
    </message>
    <message>
        <source>Lead card</source>
        <translation>Lead-Karte</translation>
    </message>
    <message>
        <source>Qualification form</source>
        <translation>Qualifizierungsformular</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <source>&amp;Nurture Plans</source>
        <translation>&amp;Nurturing-Pläne</translation>
    </message>
    <message>
        <source>C&amp;ontent Library…</source>
        <translation>C&amp;ontent-Bibliothek …</translation>
    </message>
    <message>
        <source>The pieces nurture steps send: whitepapers, studies, datasheets…</source>
        <translation>Die Inhalte, die Nurturing-Schritte versenden: Whitepaper, Studien, Datenblätter…</translation>
    </message>
    <message>
        <source>Nurture &amp;Tracks…</source>
        <translation>Nurturing-S&amp;trecken …</translation>
    </message>
    <message>
        <source>A track&apos;s steps, saved as a new version</source>
        <translation>Die Schritte einer Strecke, als neue Version gespeichert</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Find Dupli&amp;cates…</source>
        <translation>Du&amp;bletten suchen …</translation>
    </message>
    <message>
        <source>Merge &amp;with Duplicates…</source>
        <translation>Mit Dubletten &amp;zusammenführen …</translation>
    </message>
    <message>
        <source>Undo Merge</source>
        <translation>Zusammenführung rückgängig machen</translation>
    </message>
    <message>
        <source>List the leads that are probably one person and merge them</source>
        <translation>Leads auflisten, die wahrscheinlich dieselbe Person sind, und sie zusammenführen</translation>
    </message>
    <message>
        <source>Merge this lead with its likely duplicates</source>
        <translation>Diesen Lead mit seinen wahrscheinlichen Dubletten zusammenführen</translation>
    </message>
    <message>
        <source>Put the leads of the latest merge back as they were</source>
        <translation>Die Leads der letzten Zusammenführung in ihren früheren Zustand zurückversetzen</translation>
    </message>
    <message>
        <source>Merge with Duplicates</source>
        <translation>Mit Dubletten zusammenführen</translation>
    </message>
    <message>
        <source>No other lead has this lead&apos;s e-mail address, or its phone number with a matching name.</source>
        <translation>Kein anderer Lead hat die E-Mail-Adresse dieses Leads oder seine Telefonnummer mit passendem Namen.</translation>
    </message>
    <message>
        <source>Leads Merged</source>
        <translation>Leads zusammengeführt</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) merged into lead %1. Lead ▸ Undo Merge (%2) puts them back as they were, as long as lead %1 is not worked on.</source>
        <translation>
            <numerusform>%n Lead in Lead %1 zusammengeführt. Lead ▸ Zusammenführung rückgängig machen (%2) versetzt ihn in den früheren Zustand zurück, solange Lead %1 nicht bearbeitet wird.</numerusform>
            <numerusform>%n Leads in Lead %1 zusammengeführt. Lead ▸ Zusammenführung rückgängig machen (%2) versetzt sie in den früheren Zustand zurück, solange Lead %1 nicht bearbeitet wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put lead %1 and the %n lead(s) merged into it back as they were before the merge?</source>
        <translation>
            <numerusform>Lead %1 und den %n darin zusammengeführten Lead in den Zustand vor der Zusammenführung zurückversetzen?</numerusform>
            <numerusform>Lead %1 und die %n darin zusammengeführten Leads in den Zustand vor der Zusammenführung zurückversetzen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Lead %1: %2</source>
        <translation>Lead %1: %2</translation>
    </message>
    <message>
        <source>Lead %1: %2 (%3)</source>
        <translation>Lead %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Merge Leads</source>
        <translation>Leads zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>These leads become one. Choose the lead that stays and, for each detail in which they differ, the value it keeps. Calls, history, qualification, interest, nurture plans and handoffs of all of them stay with it; the other e-mail addresses and phone numbers are kept as alternates. The merge can be undone.</source>
        <translation>Diese Leads werden zu einem. Wählen Sie den Lead, der erhalten bleibt, und für jede Angabe, in der sie sich unterscheiden, den Wert, den er behält. Anrufe, Verlauf, Qualifizierung, Interesse, Nurturing-Pläne und Übergaben aller Leads gehen auf ihn über; die anderen E-Mail-Adressen und Telefonnummern bleiben als weitere Kontaktdaten erhalten. Die Zusammenführung kann rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Keep lead:</source>
        <translation>Zu &amp;behaltender Lead:</translation>
    </message>
    <message>
        <source>%1 (lead %2)</source>
        <translation>%1 (Lead %2)</translation>
    </message>
    <message>
        <source>The leads do not differ in any detail the lead that stays lacks.</source>
        <translation>Die Leads unterscheiden sich in keiner Angabe, die dem verbleibenden Lead fehlt.</translation>
    </message>
    <message>
        <source>Details not listed are the same in all leads, or only the lead that stays has them.</source>
        <translation>Nicht aufgeführte Angaben sind in allen Leads gleich, oder nur der verbleibende Lead hat sie.</translation>
    </message>
</context>
<context>
    <name>NameCleaning</name>
    <message>
        <source>the name &quot;%1&quot; contains an @; it may be an e-mail address</source>
        <translation>der Name „%1“ enthält ein @; vielleicht ist es eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; contains digits</source>
        <translation>der Name „%1“ enthält Ziffern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no name</source>
        <translation>„%1“ enthält keinen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no first name; taken as the last name</source>
        <translation>„%1“ hat keinen Vornamen; als Nachname übernommen</translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <source>New Lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <source>Enter at least an e-mail address or a phone number. Press Enter to save.</source>
        <translation>Geben Sie mindestens eine E-Mail-Adresse oder eine Telefonnummer ein. Mit der Eingabetaste speichern.</translation>
    </message>
    <message>
        <source>The lead was not saved</source>
        <translation>Der Lead wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation>Auf Verlangen gelöscht</translation>
    </message>
    <message>
        <source>This lead is probably already in the store:
%1

Open the existing lead instead? Choose Open to go to it, Save to save the new lead anyway, or Cancel to go back to the form.</source>
        <translation>Dieser Lead ist wahrscheinlich bereits im Datenbestand:
%1

Stattdessen den vorhandenen Lead öffnen? Wählen Sie „Öffnen“, um zu ihm zu wechseln, „Speichern“, um den neuen Lead trotzdem zu speichern, oder „Abbrechen“, um zum Formular zurückzukehren.</translation>
    </message>
    <message>
        <source>Likely duplicate</source>
        <translation>Wahrscheinliche Dublette</translation>
    </message>
    <message>
        <source>The lead was saved: a phone number may now reach someone else. If this is the person who was erased, they must have asked to be contacted again; otherwise erase this lead.</source>
        <translation>Der Lead wurde gespeichert: Die Telefonnummer erreicht jetzt vielleicht eine andere Person. Ist es die gelöschte Person, muss sie ausdrücklich wieder um Kontakt gebeten haben; sonst löschen Sie diesen Lead.</translation>
    </message>
    <message>
        <source>%1 Their data was erased at their request; save them again only if they have asked to be contacted.

Save this lead anyway?</source>
        <translation>%1 Ihre Daten wurden auf ihr Verlangen gelöscht; speichern Sie die Person nur wieder, wenn sie um Kontakt gebeten hat.

Diesen Lead trotzdem speichern?</translation>
    </message>
</context>
<context>
    <name>NumberReading</name>
    <message>
        <source>&quot;%1&quot; is a date, not a number</source>
        <translation>„%1“ ist ein Datum, keine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be read with the dot or the comma as the decimal mark, and the column does not tell which; left empty</source>
        <translation>„%1“ kann mit Punkt oder Komma als Dezimalzeichen gelesen werden, und die Spalte zeigt nicht, was gilt; leer gelassen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number; rounded to %2</source>
        <translation>„%1“ ist keine ganze Zahl; auf %2 gerundet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open-ended; its lower bound %2 is taken</source>
        <translation>„%1“ ist nach oben offen; die Untergrenze %2 wird übernommen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open-ended; its upper bound %2 is taken</source>
        <translation>„%1“ ist nach unten offen; die Obergrenze %2 wird übernommen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a range; its midpoint %2 is taken</source>
        <translation>„%1“ ist eine Spanne; ihre Mitte %2 wird übernommen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number or range</source>
        <translation>„%1“ ist weder Zahl noch Spanne</translation>
    </message>
</context>
<context>
    <name>Nurture</name>
    <message>
        <source>Raise interest</source>
        <translation>Interesse steigern</translation>
    </message>
    <message>
        <source>Find out the budget</source>
        <translation>Budget herausfinden</translation>
    </message>
    <message>
        <source>Find out who decides</source>
        <translation>Herausfinden, wer entscheidet</translation>
    </message>
    <message>
        <source>Find out the need</source>
        <translation>Bedarf herausfinden</translation>
    </message>
    <message>
        <source>Find out the timing</source>
        <translation>Zeitrahmen herausfinden</translation>
    </message>
    <message>
        <source>Check the buying phase again</source>
        <translation>Kaufphase erneut prüfen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Geklickt</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <source>No reaction</source>
        <translation>Keine Reaktion</translation>
    </message>
    <message>
        <source>Reply asks for contact</source>
        <translation>Antwort bittet um Kontakt</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <source>Opted out: do not e-mail</source>
        <translation>Widerspruch: keine E-Mails</translation>
    </message>
    <message>
        <source>Opted out: do not call</source>
        <translation>Widerspruch: nicht anrufen</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation>Auf Antrag gelöscht</translation>
    </message>
    <message>
        <source>Stopped by the rep</source>
        <translation>Vom Mitarbeiter gestoppt</translation>
    </message>
    <message>
        <source>Re-qualified</source>
        <translation>Erneut qualifiziert</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualifiziert</translation>
    </message>
    <message>
        <source>Completed without result</source>
        <translation>Ohne Ergebnis abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Did the material help? What caught your eye?</source>
        <translation>Hat Ihnen das Material geholfen? Was ist Ihnen aufgefallen?</translation>
    </message>
    <message>
        <source>Is there a budget planned for this?</source>
        <translation>Ist dafür ein Budget eingeplant?</translation>
    </message>
    <message>
        <source>Who else decides with you?</source>
        <translation>Wer entscheidet außer Ihnen noch mit?</translation>
    </message>
    <message>
        <source>What problem would this solve for you?</source>
        <translation>Welches Problem würde das für Sie lösen?</translation>
    </message>
    <message>
        <source>By when do you want to decide?</source>
        <translation>Bis wann möchten Sie entscheiden?</translation>
    </message>
    <message>
        <source>Where do you stand: looking around, comparing solutions, or ready to buy?</source>
        <translation>Wo stehen Sie: Sie sehen sich um, vergleichen Lösungen oder sind bereit zu kaufen?</translation>
    </message>
</context>
<context>
    <name>NurtureDefaults</name>
    <message>
        <source>Not JSON: %1</source>
        <translation>Kein JSON: %1</translation>
    </message>
    <message>
        <source>content[%1]: title, kind, phases or roles are missing or unknown</source>
        <translation>content[%1]: Titel, Art, Phasen oder Rollen fehlen oder sind unbekannt</translation>
    </message>
    <message>
        <source>tracks[%1]: a key, name, phase, role, quadrant or step is missing or unknown</source>
        <translation>tracks[%1]: ein Schlüssel, Name, eine Phase, Rolle, ein Quadrant oder Schritt fehlt oder ist unbekannt</translation>
    </message>
</context>
<context>
    <name>NurtureMail</name>
    <message>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Guten Tag %1,</translation>
    </message>
    <message>
        <source>as promised, here is &quot;%1&quot;; I think it fits what you are working on.</source>
        <translation>wie versprochen sende ich Ihnen „%1“; ich denke, es passt zu dem, woran Sie gerade arbeiten.</translation>
    </message>
    <message>
        <source>Best regards</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
</context>
<context>
    <name>NurturePage</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Due nurture steps</source>
        <translation>Fällige Nurturing-Schritte</translation>
    </message>
    <message>
        <source>Track effect</source>
        <translation>Wirkung der Strecken</translation>
    </message>
    <message>
        <source>Due today and overdue</source>
        <translation>Heute fällig und überfällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <source>All pending steps</source>
        <translation>Alle offenen Schritte</translation>
    </message>
    <message>
        <source>me</source>
        <translation>mir</translation>
    </message>
    <message>
        <source>the whole team</source>
        <translation>dem ganzen Team</translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation>Jede Phase</translation>
    </message>
    <message>
        <source>Any kind of step</source>
        <translation>Jede Art von Schritt</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fälligkeit</translation>
    </message>
    <message>
        <source>Plans &amp;by</source>
        <translation>Pläne &amp;von</translation>
    </message>
    <message>
        <source>T&amp;rack</source>
        <translation>St&amp;recke</translation>
    </message>
    <message>
        <source>Ph&amp;ase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>Step &amp;kind</source>
        <translation>S&amp;chrittart</translation>
    </message>
    <message>
        <source>What the lead said or did</source>
        <translation>Was der Lead gesagt oder getan hat</translation>
    </message>
    <message>
        <source>Asks for &amp;contact (stops the plan)</source>
        <translation>Bittet um &amp;Kontakt (beendet den Plan)</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>Erled&amp;igt</translation>
    </message>
    <message>
        <source>Sk&amp;ip step</source>
        <translation>Schritt ü&amp;berspringen</translation>
    </message>
    <message>
        <source>&amp;Write e-mail…</source>
        <translation>E-Mail &amp;schreiben…</translation>
    </message>
    <message>
        <source>Mark &amp;sent</source>
        <translation>Als &amp;gesendet markieren</translation>
    </message>
    <message>
        <source>Marks the selected leads&apos; step sent (the same step of one track)</source>
        <translation>Markiert den Schritt der ausgewählten Leads als gesendet (derselbe Schritt einer Strecke)</translation>
    </message>
    <message>
        <source>O&amp;pen lead</source>
        <translation>Lead &amp;öffnen</translation>
    </message>
    <message>
        <source>Pa&amp;use my plans…</source>
        <translation>Meine Pläne pa&amp;usieren…</translation>
    </message>
    <message>
        <source>Moves every later step of your running plans by an absence</source>
        <translation>Verschiebt jeden späteren Schritt Ihrer laufenden Pläne um eine Abwesenheit</translation>
    </message>
    <message>
        <source>Respo&amp;nse</source>
        <translation>Reaktio&amp;n</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>Any track</source>
        <translation>Jede Strecke</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message numerus="yes">
        <source>Mark &amp;sent (%n)</source>
        <translation>
            <numerusform>Als &amp;gesendet markieren (%n)</numerusform>
            <numerusform>Als &amp;gesendet markieren (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: score %2 → %3, grade %4 → %5.</source>
        <translation>%1: Score %2 → %3, Note %4 → %5.</translation>
    </message>
    <message>
        <source>Interest crossed the threshold: the lead is back in the call queue.</source>
        <translation>Das Interesse hat die Schwelle überschritten: Der Lead ist wieder in der Warteschlange.</translation>
    </message>
    <message>
        <source>The plan is stopped.</source>
        <translation>Der Plan ist beendet.</translation>
    </message>
    <message>
        <source>Mark sent takes leads at the same step: select rows of one track with the same content and kind of step.</source>
        <translation>„Als gesendet markieren“ gilt für Leads im selben Schritt: Wählen Sie Zeilen einer Strecke mit demselben Inhalt und derselben Schrittart.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) marked sent.</source>
        <translation>
            <numerusform>%n Schritt als gesendet markiert.</numerusform>
            <numerusform>%n Schritte als gesendet markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>E-Mail schreiben</translation>
    </message>
    <message>
        <source>%1 has no e-mail address. Add one on the lead card first.</source>
        <translation>%1 hat keine E-Mail-Adresse. Tragen Sie zuerst eine auf der Lead-Karte ein.</translation>
    </message>
    <message>
        <source>No mail program opened the message. Set one up as the default for e-mail and try again.</source>
        <translation>Kein E-Mail-Programm hat die Nachricht geöffnet. Richten Sie eines als Standard für E-Mail ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Did you send the e-mail to %1? It is then marked sent; record the response when it comes.</source>
        <translation>Haben Sie die E-Mail an %1 gesendet? Dann wird sie als gesendet markiert; erfassen Sie die Reaktion, sobald sie kommt.</translation>
    </message>
    <message>
        <source>Pause my plans</source>
        <translation>Meine Pläne pausieren</translation>
    </message>
    <message>
        <source>First day of your absence:</source>
        <translation>Erster Tag Ihrer Abwesenheit:</translation>
    </message>
    <message>
        <source>Last day of your absence:</source>
        <translation>Letzter Tag Ihrer Abwesenheit:</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) paused from %1 to %2; their later steps move by the absence.</source>
        <translation>
            <numerusform>%n Plan vom %1 bis %2 pausiert; seine späteren Schritte verschieben sich um die Abwesenheit.</numerusform>
            <numerusform>%n Pläne vom %1 bis %2 pausiert; ihre späteren Schritte verschieben sich um die Abwesenheit.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>Plan b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>This lead&apos;s plan: move, skip, add or remove steps, add a note</source>
        <translation>Der Plan dieses Leads: Schritte verschieben, überspringen, hinzufügen oder entfernen, eine Notiz ergänzen</translation>
    </message>
    <message>
        <source>Nurture Plan of %1</source>
        <translation>Nurturing-Plan von %1</translation>
    </message>
</context>
<context>
    <name>NurturePlanSummary</name>
    <message numerus="yes">
        <source>Nurture plan: %1 (version %2), %3 of %n step(s) done, %4 skipped.</source>
        <translation>
            <numerusform>Nurturing-Plan: %1 (Version %2), %3 von %n Schritt erledigt, %4 übersprungen.</numerusform>
            <numerusform>Nurturing-Plan: %1 (Version %2), %3 von %n Schritten erledigt, %4 übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>Next: %1, %2 on %3.</source>
        <translation>Als Nächstes: %1, %2 am %3.</translation>
    </message>
</context>
<context>
    <name>NurturePlans</name>
    <message>
        <source>Lead %1 no longer exists.</source>
        <translation>Lead %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Lead %1 is not in nurture: start its plan with the Nurture decision.</source>
        <translation>Lead %1 ist nicht im Nurturing: Starten Sie seinen Plan mit der Entscheidung „Ins Nurturing geben“.</translation>
    </message>
    <message>
        <source>The nurture track %1 does not exist.</source>
        <translation>Die Nurturing-Strecke %1 existiert nicht.</translation>
    </message>
    <message>
        <source>There is no nurture step %1.</source>
        <translation>Es gibt keinen Nurturing-Schritt %1.</translation>
    </message>
    <message>
        <source>The plan of step %1 has ended; its steps cannot change.</source>
        <translation>Der Plan von Schritt %1 ist beendet; seine Schritte können nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Step %1 is %2 already.</source>
        <translation>Schritt %1 ist bereits %2.</translation>
    </message>
    <message>
        <source>The plan %1 is not running; no step can be added.</source>
        <translation>Der Plan %1 läuft nicht; es kann kein Schritt hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Choose the day the new step falls due.</source>
        <translation>Wählen Sie den Tag, an dem der neue Schritt fällig wird.</translation>
    </message>
</context>
<context>
    <name>NurtureTrackChooser</name>
    <message>
        <source>The nurture plan a Nurture decision starts for this lead</source>
        <translation>Der Nurturing-Plan, den eine Nurturing-Entscheidung für diesen Lead startet</translation>
    </message>
    <message>
        <source>No plan, only a return day</source>
        <translation>Kein Plan, nur ein Rückkehrtag</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation>%1 (vorgeschlagen)</translation>
    </message>
    <message>
        <source>No track fits this lead: Nurture only sets the day it comes back.</source>
        <translation>Keine Strecke passt zu diesem Lead: Nurturing legt nur den Tag fest, an dem er zurückkommt.</translation>
    </message>
    <message>
        <source>Nurture only sets the day the lead comes back.</source>
        <translation>Nurturing legt nur den Tag fest, an dem der Lead zurückkommt.</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation>Vorgeschlagen: %1</translation>
    </message>
    <message>
        <source>Chosen instead of the proposed track. %1</source>
        <translation>Statt der vorgeschlagenen Strecke gewählt. %1</translation>
    </message>
    <message>
        <source>Nurture track</source>
        <translation>Nurturing-Strecke</translation>
    </message>
</context>
<context>
    <name>NurtureTracks</name>
    <message>
        <source>Awareness: overview material</source>
        <translation>Problembewusstsein: Überblicksmaterial</translation>
    </message>
    <message>
        <source>Awareness: raise interest and fill in the profile</source>
        <translation>Problembewusstsein: Interesse wecken und Profil ergänzen</translation>
    </message>
    <message>
        <source>Considering: studies and best practice</source>
        <translation>Lösungssuche: Studien und Best Practice</translation>
    </message>
    <message>
        <source>Investigating: best practice and who decides</source>
        <translation>Evaluierung: Best Practice und wer entscheidet</translation>
    </message>
    <message>
        <source>Purchase: facts for the technical decider</source>
        <translation>Kaufentscheidung: Fakten für den technischen Entscheider</translation>
    </message>
    <message>
        <source>Purchase: ROI for the controller</source>
        <translation>Kaufentscheidung: ROI für das Controlling</translation>
    </message>
    <message>
        <source>Purchase: case studies for the executive</source>
        <translation>Kaufentscheidung: Fallstudien für die Geschäftsführung</translation>
    </message>
    <message>
        <source>Purchase: find the buying-center role</source>
        <translation>Kaufentscheidung: Rolle im Buying Center klären</translation>
    </message>
    <message>
        <source>Phase unknown: find out where the buyer stands</source>
        <translation>Phase unbekannt: herausfinden, wo der Käufer steht</translation>
    </message>
    <message>
        <source>Advocate: keep a fan close</source>
        <translation>Fürsprecher: einen Fan an sich binden</translation>
    </message>
</context>
<context>
    <name>PaintedChartView</name>
    <message>
        <source>Click to list these leads.</source>
        <translation>Klicken, um diese Leads aufzulisten.</translation>
    </message>
</context>
<context>
    <name>PendingFile</name>
    <message>
        <source>No file name was given for the export.</source>
        <translation>Für den Export wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is not a folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1: %2</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not save %1 to disk: %2</source>
        <translation>%1 konnte nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not move the finished file into place as %1: %2</source>
        <translation>Die fertige Datei konnte nicht als %1 abgelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1: no free temporary name.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: kein freier temporärer Name.</translation>
    </message>
</context>
<context>
    <name>PhoneCleaning</name>
    <message>
        <source>&quot;%1&quot; read as +%2 (the 00 before the country code was lost)</source>
        <translation>„%1“ als +%2 gelesen (die 00 vor der Landesvorwahl ging verloren)</translation>
    </message>
    <message>
        <source>leading 0 restored: &quot;%1&quot; read as 0%2</source>
        <translation>führende 0 ergänzt: „%1“ als 0%2 gelesen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a number in scientific notation that lost its last digits; format the column as text in the spreadsheet and export again</source>
        <translation>„%1“ ist eine Zahl in wissenschaftlicher Schreibweise, die ihre letzten Ziffern verloren hat; formatieren Sie die Spalte in der Tabelle als Text und exportieren Sie erneut</translation>
    </message>
    <message>
        <source>&quot;%1&quot; written out as %2 (scientific notation)</source>
        <translation>„%1“ als %2 ausgeschrieben (wissenschaftliche Schreibweise)</translation>
    </message>
    <message numerus="yes">
        <source>the cell holds %n more number(s); the first is kept: %1</source>
        <translation>
            <numerusform>die Zelle enthält %n weitere Nummer; die erste wird übernommen: %1</numerusform>
            <numerusform>die Zelle enthält %n weitere Nummern; die erste wird übernommen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone: &quot;%1&quot; is not a phone number.</source>
        <translation>Telefon: „%1“ ist keine Telefonnummer.</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>--%1 is needed.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not an amount%3.</source>
        <translation>--%1 „%2“ ist kein Betrag%3.</translation>
    </message>
    <message>
        <source>--close-rate &quot;%1&quot; is not a rate: write 33.3%, 0.333 or 1/3.</source>
        <translation>--close-rate „%1“ ist keine Quote: Schreiben Sie 33.3%, 0.333 oder 1/3.</translation>
    </message>
    <message>
        <source>--period is month, quarter or year.</source>
        <translation>--period ist month, quarter oder year.</translation>
    </message>
    <message>
        <source>--opportunities is a number per period.</source>
        <translation>--opportunities ist eine Anzahl je Zeitraum.</translation>
    </message>
    <message>
        <source>Revenue to reach in the period.</source>
        <translation>Im Zeitraum zu erreichender Umsatz.</translation>
    </message>
    <message>
        <source>Revenue of an average deal.</source>
        <translation>Umsatz eines durchschnittlichen Abschlusses.</translation>
    </message>
    <message>
        <source>Share of opportunities won: 33.3%, 0.333 or 1/3.</source>
        <translation>Anteil gewonnener Opportunities: 33.3%, 0.333 oder 1/3.</translation>
    </message>
    <message>
        <source>month (default), quarter or year.</source>
        <translation>month (Standard), quarter oder year.</translation>
    </message>
    <message>
        <source>Opportunities the pipeline gives per period, for the sensitivity table (default: the needed ones).</source>
        <translation>Opportunities, die die Pipeline je Zeitraum liefert, für die Sensitivitätstabelle (Standard: die benötigten).</translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation>Den Plan als JSON ausgeben.</translation>
    </message>
</context>
<context>
    <name>PlanEndings</name>
    <message>
        <source>The nurture plan %1 is not running.</source>
        <translation>Der Nurturing-Plan %1 läuft nicht.</translation>
    </message>
    <message>
        <source>A plan is re-qualified to marketing-qualified or sales-ready.</source>
        <translation>Ein Plan wird als marketingqualifiziert oder vertriebsreif erneut qualifiziert.</translation>
    </message>
</context>
<context>
    <name>PlanStops</name>
    <message>
        <source>The nurture plan %1 is not running.</source>
        <translation>Der Nurturing-Plan %1 läuft nicht.</translation>
    </message>
    <message>
        <source>A pause needs a first and a last day, the last not before the first.</source>
        <translation>Eine Pause braucht einen ersten und einen letzten Tag, der letzte nicht vor dem ersten.</translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <source>Needed</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <source>Achieved this period</source>
        <translation>In diesem Zeitraum erreicht</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Over a year (exact values, not rounded):</source>
        <translation>Über ein Jahr (exakte Werte, nicht gerundet):</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Abschlüsse</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>More than planned</source>
        <translation>Mehr als geplant</translation>
    </message>
    <message>
        <source>Revenue to reach in the period</source>
        <translation>Im Zeitraum zu erreichender Umsatz</translation>
    </message>
    <message>
        <source>Revenue of an average deal</source>
        <translation>Umsatz eines durchschnittlichen Abschlusses</translation>
    </message>
    <message>
        <source>Share of opportunities won: 33.3%, 0.333 or 1/3</source>
        <translation>Anteil gewonnener Opportunities: 33.3%, 0.333 oder 1/3</translation>
    </message>
    <message>
        <source>Opportunities the pipeline gives per period (empty: the needed ones), for the table below</source>
        <translation>Opportunities, die die Pipeline je Zeitraum liefert (leer: die benötigten), für die Tabelle unten</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Plan the steps below opportunities from this store&apos;s history</source>
        <translation>Die Schritte unterhalb der Opportunities aus dem Verlauf dieses Datenbestands planen</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>&amp;Revenue target:</source>
        <translation>&amp;Umsatzziel:</translation>
    </message>
    <message>
        <source>Average &amp;deal:</source>
        <translation>&amp;Durchschnittlicher Auftragswert:</translation>
    </message>
    <message>
        <source>&amp;Close rate:</source>
        <translation>Abschluss&amp;quote:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Opportunities per period:</source>
        <translation>&amp;Opportunities je Zeitraum:</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount%3.</source>
        <translation>%1: „%2“ ist kein Betrag%3.</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Umsatzziel</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Durchschnittlicher Auftragswert</translation>
    </message>
    <message>
        <source>Close rate: &quot;%1&quot; is not a rate; write 33.3%, 0.333 or 1/3.</source>
        <translation>Abschlussquote: „%1“ ist keine Quote; schreiben Sie 33.3%, 0.333 oder 1/3.</translation>
    </message>
    <message>
        <source>Opportunities per period: &quot;%1&quot; is not a number.</source>
        <translation>Opportunities je Zeitraum: „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Reading the store&apos;s conversion rates…</source>
        <translation>Konversionsraten des Datenbestands werden gelesen …</translation>
    </message>
    <message>
        <source>Planning was cancelled.</source>
        <translation>Die Planung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Needed counts are rounded up to whole numbers; the exact value is beside each.</source>
        <translation>Benötigte Anzahlen sind auf ganze Zahlen aufgerundet; der exakte Wert steht jeweils daneben.</translation>
    </message>
    <message>
        <source>Not planned: %1</source>
        <translation>Nicht geplant: %1</translation>
    </message>
</context>
<context>
    <name>PostgresConnection</name>
    <message>
        <source>The server %1 did not accept the user name or password. Check them (or your ~/.pgpass file) and try again.</source>
        <translation>Der Server %1 hat Benutzername oder Kennwort nicht angenommen. Prüfen Sie beides (oder Ihre Datei ~/.pgpass) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server %1 has no such database or user. Ask whoever runs the server for the right address.</source>
        <translation>Der Server %1 hat keine solche Datenbank oder keinen solchen Benutzer. Fragen Sie die Betreuer des Servers nach der richtigen Adresse.</translation>
    </message>
    <message>
        <source>The server %1 does not let this user in. Ask whoever runs the server for access.</source>
        <translation>Der Server %1 lässt diesen Benutzer nicht zu. Bitten Sie die Betreuer des Servers um Zugang.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL store %1: %2</source>
        <translation>Der PostgreSQL-Speicher %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>QuadrantChartView</name>
    <message>
        <source>Interest: low → high</source>
        <translation>Interesse: niedrig → hoch</translation>
    </message>
    <message>
        <source>Fit: low → high</source>
        <translation>Passung: niedrig → hoch</translation>
    </message>
</context>
<context>
    <name>QualificationFields</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>What the lead said, in their words</source>
        <translation>Was der Lead gesagt hat, in seinen Worten</translation>
    </message>
    <message>
        <source>BANT and buying phase</source>
        <translation>BANT und Kaufphase</translation>
    </message>
    <message>
        <source>Amount, e.g. 25000</source>
        <translation>Betrag, z. B. 25000</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>Budgetbetrag</translation>
    </message>
    <message>
        <source>Decision authority &amp;confirmed</source>
        <translation>Entscheidungsbefugnis bestät&amp;igt</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Entscheidungsbefugnis</translation>
    </message>
    <message>
        <source>Buying-center &amp;role</source>
        <translation>&amp;Rolle im Buying Center</translation>
    </message>
    <message>
        <source>The pain in the lead&apos;s words</source>
        <translation>Das Problem in den Worten des Leads</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Entscheidungsdatum</translation>
    </message>
    <message>
        <source>Buying &amp;phase</source>
        <translation>Kauf&amp;phase</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Position as the lead calls it</source>
        <translation>Position, wie der Lead sie nennt</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>Bran&amp;che</translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation>P&amp;osition</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Hierarchieebene</translation>
    </message>
    <message>
        <source>Nee&amp;d</source>
        <translation>Bedar&amp;f</translation>
    </message>
    <message>
        <source>Ti&amp;ming</source>
        <translation>&amp;Zeitrahmen</translation>
    </message>
    <message>
        <source>Emplo&amp;yees</source>
        <translation>Beschäfti&amp;gte</translation>
    </message>
    <message>
        <source>A&amp;nnual revenue</source>
        <translation>&amp;Jahresumsatz</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>z. B. EUR</translation>
    </message>
</context>
<context>
    <name>QualificationForm</name>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save qualification</source>
        <translation>Qualifizierung &amp;speichern</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <source>Cannot load the qualification</source>
        <translation>Qualifizierung kann nicht geladen werden</translation>
    </message>
    <message>
        <source>Qualifying %1</source>
        <translation>Qualifizierung: %1</translation>
    </message>
    <message>
        <source>Not saved yet — your typing is kept as a draft (last kept %1).</source>
        <translation>Noch nicht gespeichert — Ihre Eingaben bleiben als Entwurf erhalten (zuletzt gesichert um %1).</translation>
    </message>
    <message>
        <source>Not saved yet — your typing is kept as a draft.</source>
        <translation>Noch nicht gespeichert — Ihre Eingaben bleiben als Entwurf erhalten.</translation>
    </message>
    <message>
        <source>Cannot save the qualification</source>
        <translation>Qualifizierung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1
Nothing was lost: your typing is kept as a draft.</source>
        <translation>%1
Es ging nichts verloren: Ihre Eingaben bleiben als Entwurf erhalten.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Saved. Score %1, grade %2.</source>
        <translation>Gespeichert. Punktzahl %1, Note %2.</translation>
    </message>
    <message>
        <source>A lead in stage %1 cannot be moved by &quot;%2&quot;.</source>
        <translation>Auf einen Lead in der Phase %1 ist „%2“ nicht anwendbar.</translation>
    </message>
    <message>
        <source>Cannot record the decision</source>
        <translation>Entscheidung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1: the lead is now %2.</source>
        <translation>%1: Der Lead ist jetzt in der Phase %2.</translation>
    </message>
    <message>
        <source>Sa&amp;ve Qualification</source>
        <translation>&amp;Qualifizierung speichern</translation>
    </message>
    <message>
        <source>Dis&amp;qualify</source>
        <translation>&amp;Disqualifizieren</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Wieder &amp;öffnen</translation>
    </message>
    <message>
        <source>Not saved: a field you changed was also changed elsewhere. See the marked fields.</source>
        <translation>Nicht gespeichert: Ein Feld, das Sie geändert haben, wurde auch an anderer Stelle geändert. Siehe die markierten Felder.</translation>
    </message>
    <message>
        <source>Sales-read&amp;y</source>
        <translation>&amp;Vertriebsreif</translation>
    </message>
    <message>
        <source>&amp;Marketing-qualified</source>
        <translation>&amp;Marketingqualifiziert</translation>
    </message>
    <message>
        <source>Nur&amp;ture…</source>
        <translation>&amp;Ins Nurturing geben …</translation>
    </message>
    <message>
        <source>Qualification of %1 saved: score %2, grade %3.</source>
        <translation>Qualifizierung von %1 gespeichert: Punktzahl %2, Note %3.</translation>
    </message>
    <message>
        <source>Nurture until</source>
        <translation>Nurturing bis</translation>
    </message>
    <message>
        <source>On which day should %1 come back into the queue?</source>
        <translation>An welchem Tag soll %1 wieder in die Anrufliste kommen?</translation>
    </message>
    <message>
        <source>Nurture cancelled: no day was chosen.</source>
        <translation>Nurturing abgebrochen: Es wurde kein Tag gewählt.</translation>
    </message>
    <message>
        <source>Nurture: the lead comes back on %1.</source>
        <translation>Nurturing: Der Lead kommt am %1 zurück.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>„%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>Someone else moved this lead to %1 in the meantime. Decide again if your decision still applies.</source>
        <translation>Jemand anderes hat diesen Lead inzwischen in die Phase %1 verschoben. Entscheiden Sie erneut, falls Ihre Entscheidung noch zutrifft.</translation>
    </message>
    <message>
        <source>Nurture: the plan is started; the lead comes back on %1 at the latest.</source>
        <translation>Nurturing: Der Plan ist gestartet; der Lead kommt spätestens am %1 zurück.</translation>
    </message>
</context>
<context>
    <name>QualificationRepository</name>
    <message>
        <source>Lead %1 no longer exists.</source>
        <translation>Lead %1 existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>QualificationService</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere to &quot;%2&quot; after this form was opened. Save again to replace it with &quot;%3&quot;, or set the field to &quot;%2&quot; to keep that.</source>
        <translation>%1 wurde nach dem Öffnen dieses Formulars an anderer Stelle auf „%2“ geändert. Speichern Sie erneut, um es durch „%3“ zu ersetzen, oder setzen Sie das Feld auf „%2“, um das beizubehalten.</translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message>
        <source>Your claim on this lead has expired and someone else holds it now.</source>
        <translation>Ihre Reservierung dieses Leads ist abgelaufen; jetzt hat ihn jemand anderes reserviert.</translation>
    </message>
    <message>
        <source>&amp;Next lead</source>
        <translation>&amp;Nächster Lead</translation>
    </message>
    <message>
        <source>&amp;Dial</source>
        <translation>Anruf&amp;en</translation>
    </message>
    <message>
        <source>Schedule call&amp;back…</source>
        <translation>&amp;Rückruf planen …</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>Anruf &amp;protokollieren</translation>
    </message>
    <message>
        <source>&amp;Release lead</source>
        <translation>Lead &amp;freigeben</translation>
    </message>
    <message>
        <source>&amp;Undo last call</source>
        <translation>Letzten Anruf rück&amp;gängig machen</translation>
    </message>
    <message>
        <source>&amp;Find lead</source>
        <translation>Lead s&amp;uchen</translation>
    </message>
    <message>
        <source>Unsaved call</source>
        <translation>Anruf nicht protokolliert</translation>
    </message>
    <message>
        <source>The call with %1 has not been logged. Discard it?</source>
        <translation>Der Anruf bei Lead %1 wurde nicht protokolliert. Verwerfen?</translation>
    </message>
    <message>
        <source>%1 is working this lead until %2; you can look but not log calls.</source>
        <translation>%1 bearbeitet diesen Lead bis %2; Sie können ihn ansehen, aber keine Anrufe protokollieren.</translation>
    </message>
    <message>
        <source>No lead can be called now: the rest are held back (see the queue).</source>
        <translation>Derzeit kann kein Lead angerufen werden: Alle übrigen sind zurückgestellt (siehe Anrufliste).</translation>
    </message>
    <message>
        <source>Next lead claimed for %1 minutes.</source>
        <translation>Nächster Lead für %1 Minuten reserviert.</translation>
    </message>
    <message>
        <source>Next lead</source>
        <translation>Nächster Lead</translation>
    </message>
    <message>
        <source>Open lead</source>
        <translation>Lead öffnen</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Anruf protokollieren</translation>
    </message>
    <message>
        <source>Choose the call&apos;s outcome first (Alt+1 … Alt+9).</source>
        <translation>Wählen Sie zuerst das Ergebnis des Anrufs (Alt+1 … Alt+9).</translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation>Anruf protokolliert.</translation>
    </message>
    <message>
        <source>Not reached after %1 attempts</source>
        <translation>Nach %1 Versuchen nicht erreicht</translation>
    </message>
    <message>
        <source>This lead was not reached after %1 attempts. Move it to nurture so that it comes back in %2 days?</source>
        <translation>Dieser Lead wurde nach %1 Versuchen nicht erreicht. Ins Nurturing geben, damit er in %2 Tagen zurückkommt?</translation>
    </message>
    <message>
        <source>Disqualify it as unreachable instead? (No keeps it held back at the maximum attempts.)</source>
        <translation>Stattdessen als nicht erreichbar disqualifizieren? („Nein“ lässt ihn bei der Höchstzahl an Versuchen zurückgestellt.)</translation>
    </message>
    <message>
        <source>Lead released.</source>
        <translation>Lead freigegeben.</translation>
    </message>
    <message>
        <source>Last call undone.</source>
        <translation>Letzter Anruf rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Undo last call</source>
        <translation>Letzten Anruf rückgängig machen</translation>
    </message>
    <message>
        <source>Save and ne&amp;xt</source>
        <translation>&amp;Speichern und weiter</translation>
    </message>
    <message>
        <source>%1 must not be called (do not call): no call can be dialled or logged.</source>
        <translation>%1 darf nicht angerufen werden (Nicht anrufen): Es kann kein Anruf gewählt oder protokolliert werden.</translation>
    </message>
    <message>
        <source>The phone number of %1 is marked as wrong: no call can be dialled or logged.</source>
        <translation>Die Telefonnummer von %1 ist als falsch markiert: Es kann kein Anruf gewählt oder protokolliert werden.</translation>
    </message>
    <message>
        <source>This lead must not be called, its number is marked as wrong, or it has no phone number.</source>
        <translation>Dieser Lead darf nicht angerufen werden, seine Nummer ist als falsch markiert oder er hat keine Telefonnummer.</translation>
    </message>
    <message numerus="yes">
        <source>Your claim on this lead lapsed at %1 after %n minute(s) without activity, so others can take it now. Press a key or click to work on it again.</source>
        <translation>
            <numerusform>Ihre Reservierung dieses Leads ist um %1 nach %n Minute ohne Aktivität abgelaufen; andere können ihn jetzt übernehmen. Drücken Sie eine Taste oder klicken Sie, um weiter daran zu arbeiten.</numerusform>
            <numerusform>Ihre Reservierung dieses Leads ist um %1 nach %n Minuten ohne Aktivität abgelaufen; andere können ihn jetzt übernehmen. Drücken Sie eine Taste oder klicken Sie, um weiter daran zu arbeiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not moved on: the qualification could not be saved (see the marked fields).</source>
        <translation>Nicht zum nächsten Lead gewechselt: Die Qualifizierung konnte nicht gespeichert werden (siehe markierte Felder).</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Lead&apos;s time</source>
        <translation>Ortszeit des Leads</translation>
    </message>
</context>
<context>
    <name>QueueRules</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>SLA %1 h</source>
        <translation>SLA %1 Std.</translation>
    </message>
    <message>
        <source>New, waiting %1 (%2: overdue by %3)</source>
        <translation>Neu, wartet seit %1 (%2: um %3 überschritten)</translation>
    </message>
    <message>
        <source>New, waiting %1 (%2: %3 left)</source>
        <translation>Neu, wartet seit %1 (%2: noch %3)</translation>
    </message>
    <message>
        <source>do not call</source>
        <translation>nicht anrufen</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>falsche Nummer</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>keine Telefonnummer</translation>
    </message>
    <message>
        <source>%1 unreached attempts (the maximum)</source>
        <translation>%1 erfolglose Versuche (Höchstzahl)</translation>
    </message>
    <message>
        <source>claimed by %1 until %2</source>
        <translation>reserviert von %1 bis %2</translation>
    </message>
    <message>
        <source>another window</source>
        <translation>einem anderen Fenster</translation>
    </message>
    <message>
        <source>callback at %1</source>
        <translation>Rückruf geplant für %1</translation>
    </message>
    <message>
        <source>retry after %1%2</source>
        <translation>neuer Versuch ab %1%2</translation>
    </message>
    <message>
        <source>in nurture until %1</source>
        <translation>im Nurturing bis %1</translation>
    </message>
    <message>
        <source>in nurture, no return date</source>
        <translation>im Nurturing, ohne Rückkehrdatum</translation>
    </message>
    <message>
        <source>never</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>outside calling hours (%1 local time, opens %2)</source>
        <translation>außerhalb der Anrufzeiten (%1 Ortszeit, nächste Anrufzeit: %2)</translation>
    </message>
    <message>
        <source>Callback due since %1</source>
        <translation>Rückruf fällig seit %1</translation>
    </message>
    <message>
        <source>Score %1, back from nurture</source>
        <translation>Punktzahl %1, zurück aus dem Nurturing</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Punktzahl %1</translation>
    </message>
    <message>
        <source>Held back: %1</source>
        <translation>Zurückgestellt: %1</translation>
    </message>
    <message>
        <source>Not in the queue: %1</source>
        <translation>Nicht in der Anrufliste: %1</translation>
    </message>
    <message>
        <source>Nurture step due (score %1): ask &quot;%2&quot;</source>
        <translation>Nurturing-Schritt fällig (Punktzahl %1): fragen Sie „%2“</translation>
    </message>
    <message>
        <source>Interest crossed the threshold (score %1)</source>
        <translation>Interesse hat die Schwelle überschritten (Punktzahl %1)</translation>
    </message>
    <message>
        <source>Buying phase changed (score %1)</source>
        <translation>Kaufphase geändert (Punktzahl %1)</translation>
    </message>
    <message>
        <source>Asked for contact (score %1)</source>
        <translation>Bittet um Kontakt (Punktzahl %1)</translation>
    </message>
    <message>
        <source>Nurture plan completed: decide (score %1)</source>
        <translation>Nurturing-Plan abgeschlossen: entscheiden (Punktzahl %1)</translation>
    </message>
</context>
<context>
    <name>QueueSettingsDialog</name>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Queue Settings</source>
        <translation>Einstellungen der Anrufliste</translation>
    </message>
    <message>
        <source>These rules apply to every rep working on this store. Times are the lead&apos;s own local time.</source>
        <translation>Diese Regeln gelten für alle Mitarbeiter, die mit diesem Datenbestand arbeiten. Zeiten sind die Ortszeit des Leads.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <source>Speed-to-lead &amp;SLA:</source>
        <translation>Reaktionszeit-&amp;SLA:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Calling &amp;hours:</source>
        <translation>Anruf&amp;zeiten:</translation>
    </message>
    <message>
        <source>Calling days:</source>
        <translation>Anruftage:</translation>
    </message>
    <message>
        <source>&amp;Maximum unreached attempts:</source>
        <translation>&amp;Höchstzahl nicht erreichter Versuche:</translation>
    </message>
    <message>
        <source>A &amp;claim lasts:</source>
        <translation>Eine &amp;Reservierung gilt:</translation>
    </message>
    <message>
        <source>&amp;Nurture keeps a lead away for:</source>
        <translation>&amp;Nurturing hält einen Lead fern für:</translation>
    </message>
    <message>
        <source>Back in the queue after</source>
        <translation>Zurück in der Anrufliste nach</translation>
    </message>
    <message>
        <source>Calling hours: the end (%1) must come after the start (%2).</source>
        <translation>Anrufzeiten: Das Ende (%1) muss nach dem Beginn (%2) liegen.</translation>
    </message>
    <message>
        <source>Calling days: choose at least one day, or no lead could ever be called.</source>
        <translation>Anruftage: Wählen Sie mindestens einen Tag, sonst könnte nie ein Lead angerufen werden.</translation>
    </message>
    <message>
        <source>Queue settings</source>
        <translation>Einstellungen der Anrufliste</translation>
    </message>
    <message>
        <source>Nurture steps of German leads skip this state&apos;s public holidays as well as the national ones. Running plans move their steps off the new state&apos;s holidays.</source>
        <translation>Nurturing-Schritte deutscher Leads überspringen außer den bundesweiten auch die Feiertage dieses Bundeslands. Laufende Pläne verschieben ihre Schritte von den Feiertagen des neuen Bundeslands.</translation>
    </message>
    <message>
        <source>Holi&amp;days of the German state:</source>
        <translation>Feiertage des &amp;Bundeslands:</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>All queue stages</source>
        <translation>Alle Phasen der Anrufliste</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Zuständigen</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Alle Noten</translation>
    </message>
    <message>
        <source>Search name, company, e-mail or phone (Ctrl+F)</source>
        <translation>Name, Unternehmen, E-Mail oder Telefon suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Ohne Note</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Ohne Zuständigen</translation>
    </message>
    <message>
        <source>Search the call queue</source>
        <translation>Anrufliste durchsuchen</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Nach Phase filtern</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Nach Quelle filtern</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach Zuständigen filtern</translation>
    </message>
    <message>
        <source>Filter by grade</source>
        <translation>Nach Note filtern</translation>
    </message>
    <message>
        <source>Leads in the call queue</source>
        <translation>Leads in der Anrufliste</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>--%1 &quot;%2&quot; is not a date: write YYYY-MM-DD.</source>
        <translation>--%1 „%2“ ist kein Datum: Schreiben Sie JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 liegt nach --to %2.</translation>
    </message>
    <message>
        <source>--source &quot;%1&quot; is not a source channel: one of %2, or &quot;&quot; for unknown.</source>
        <translation>--source „%1“ ist kein Quellkanal: einer von %2, oder &quot;&quot; für unbekannt.</translation>
    </message>
    <message>
        <source>--grade &quot;%1&quot; is not a grade: A to E, or &quot;&quot; for unknown.</source>
        <translation>--grade „%1“ ist keine Einstufung: A bis E, oder &quot;&quot; für unbekannt.</translation>
    </message>
    <message>
        <source>--rep &quot;%1&quot; is no rep of this store.</source>
        <translation>--rep „%1“ ist kein Mitarbeiter dieses Datenbestands.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>First day of the period (leads created from this day, UTC).</source>
        <translation>Erster Tag des Zeitraums (Leads, die ab diesem Tag angelegt wurden, UTC).</translation>
    </message>
    <message>
        <source>Last day of the period, included.</source>
        <translation>Letzter Tag des Zeitraums, einschließlich.</translation>
    </message>
    <message>
        <source>Only leads of this source channel (&quot;&quot;: unknown).</source>
        <translation>Nur Leads dieses Quellkanals (&quot;&quot;: unbekannt).</translation>
    </message>
    <message>
        <source>Only leads of this campaign (&quot;&quot;: none).</source>
        <translation>Nur Leads dieser Kampagne (&quot;&quot;: keine).</translation>
    </message>
    <message>
        <source>Only leads this rep owns (&quot;&quot;: no owner).</source>
        <translation>Nur Leads dieses Mitarbeiters (&quot;&quot;: ohne Zuständigen).</translation>
    </message>
    <message>
        <source>Only leads of this grade, A to E.</source>
        <translation>Nur Leads dieser Einstufung, A bis E.</translation>
    </message>
    <message>
        <source>Also write one CSV file per figure here.</source>
        <translation>Zusätzlich je Kennzahl eine CSV-Datei in diesen Ordner schreiben.</translation>
    </message>
    <message>
        <source>Print the figures as JSON.</source>
        <translation>Die Kennzahlen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--csv needs a folder.</source>
        <translation>--csv braucht einen Ordner.</translation>
    </message>
    <message>
        <source>Also draw the dashboard into this PNG file.</source>
        <translation>Das Dashboard zusätzlich in diese PNG-Datei zeichnen.</translation>
    </message>
    <message>
        <source>Also draw the dashboard into this PDF file (a page per chart).</source>
        <translation>Das Dashboard zusätzlich in diese PDF-Datei zeichnen (eine Seite je Diagramm).</translation>
    </message>
    <message>
        <source>--%1 needs a file.</source>
        <translation>--%1 braucht eine Datei.</translation>
    </message>
</context>
<context>
    <name>RescoreCommand</name>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Save these rules (JSON, as --print-rules writes them) as a new version first.</source>
        <translation>Diese Regeln (JSON, wie --print-rules sie ausgibt) zuerst als neue Version speichern.</translation>
    </message>
    <message>
        <source>What changed, for the new version.</source>
        <translation>Was sich geändert hat, für die neue Version.</translation>
    </message>
    <message>
        <source>Print the active rules as JSON and change nothing.</source>
        <translation>Die aktiven Regeln als JSON ausgeben und nichts ändern.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--note belongs to --rules FILE.</source>
        <translation>--note gehört zu --rules FILE.</translation>
    </message>
    <message>
        <source>%1 of %2 leads scored</source>
        <translation>%1 von %2 Leads bewertet</translation>
    </message>
    <message>
        <source>Rescored %1 leads with rule version %2 in %3 s.</source>
        <translation>%1 Leads mit Regelversion %2 in %3 s neu bewertet.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>RescoreRunner</name>
    <message>
        <source>Rescoring leads</source>
        <translation>Leads neu bewerten</translation>
    </message>
    <message>
        <source>Saving the new rules and rescoring every lead…</source>
        <translation>Die neuen Regeln werden gespeichert und alle Leads neu bewertet …</translation>
    </message>
    <message>
        <source>Rescoring every lead…</source>
        <translation>Alle Leads werden neu bewertet …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2 leads scored…</source>
        <translation>%1 von %2 Leads bewertet …</translation>
    </message>
    <message>
        <source>Cancelling — putting every score back…</source>
        <translation>Wird abgebrochen — alle Punktzahlen werden zurückgesetzt …</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Wird nach dem laufenden Teilschritt abgebrochen …</translation>
    </message>
    <message>
        <source>Every score is as it was.</source>
        <translation>Alle Punktzahlen sind unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n lead(s) were rescored with rules version %1; the others keep their scores until the next rescore.</source>
        <translation>
            <numerusform>Abgebrochen, nachdem ein Lead mit Regelversion %1 neu bewertet wurde; die übrigen behalten ihre Punktzahlen bis zur nächsten Neubewertung.</numerusform>
            <numerusform>Abgebrochen, nachdem %n Leads mit Regelversion %1 neu bewertet wurden; die übrigen behalten ihre Punktzahlen bis zur nächsten Neubewertung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleWeightsModel</name>
    <message>
        <source>%1 (%2–%3 employees)</source>
        <translation>%1 (%2–%3 Beschäftigte)</translation>
    </message>
    <message>
        <source>%1 (%2+ employees)</source>
        <translation>%1 (ab %2 Beschäftigten)</translation>
    </message>
    <message>
        <source>Fit: company size</source>
        <translation>Passung: Unternehmensgröße</translation>
    </message>
    <message>
        <source>Fit: annual revenue</source>
        <translation>Passung: Jahresumsatz</translation>
    </message>
    <message>
        <source>from %1 %2</source>
        <translation>ab %1 %2</translation>
    </message>
    <message>
        <source>Fit: industry</source>
        <translation>Passung: Branche</translation>
    </message>
    <message>
        <source>Fit: position</source>
        <translation>Passung: Position</translation>
    </message>
    <message>
        <source>Fit: buying-center role</source>
        <translation>Passung: Rolle im Buying Center</translation>
    </message>
    <message>
        <source>Fit: negative persona</source>
        <translation>Passung: Negativ-Persona</translation>
    </message>
    <message>
        <source>Interest per event</source>
        <translation>Interesse je Ereignis</translation>
    </message>
    <message>
        <source>BANT: budget</source>
        <translation>BANT: Budget</translation>
    </message>
    <message>
        <source>BANT: authority</source>
        <translation>BANT: Entscheidungsbefugnis</translation>
    </message>
    <message>
        <source>Decision authority confirmed</source>
        <translation>Entscheidungsbefugnis bestätigt</translation>
    </message>
    <message>
        <source>BANT: need</source>
        <translation>BANT: Bedarf</translation>
    </message>
    <message>
        <source>BANT: timing</source>
        <translation>BANT: Zeitrahmen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
</context>
<context>
    <name>RulesEditorDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Save as New Version and Rescore</source>
        <translation>Als neue Version &amp;speichern und neu bewerten</translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation>Bewertungsregeln</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>&amp;Gewichtungen</translation>
    </message>
    <message>
        <source>&amp;Thresholds</source>
        <translation>Sch&amp;wellenwerte</translation>
    </message>
    <message>
        <source>&amp;Exclusions and flags</source>
        <translation>&amp;Ausschlüsse und Markierungen</translation>
    </message>
    <message>
        <source>Active: version %1, saved %2%3</source>
        <translation>Aktiv: Version %1, gespeichert am %2%3</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>What changed and why (agreed with sales on …)</source>
        <translation>Was sich geändert hat und warum (mit dem Vertrieb abgestimmt am …)</translation>
    </message>
    <message>
        <source>&amp;Note for this version</source>
        <translation>&amp;Notiz zu dieser Version</translation>
    </message>
    <message>
        <source>High fit from</source>
        <translation>Hohe Passung ab</translation>
    </message>
    <message>
        <source>High interest from</source>
        <translation>Hohes Interesse ab</translation>
    </message>
    <message>
        <source>Grade %1 from</source>
        <translation>Note %1 ab</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Interest half-life</source>
        <translation>Halbwertszeit des Interesses</translation>
    </message>
    <message>
        <source>Interest counts for (days)</source>
        <translation>Interesse zählt für (Tage)</translation>
    </message>
    <message>
        <source>Fit at most</source>
        <translation>Passung höchstens</translation>
    </message>
    <message>
        <source>Interest at most</source>
        <translation>Interesse höchstens</translation>
    </message>
    <message>
        <source>BANT at most</source>
        <translation>BANT höchstens</translation>
    </message>
    <message>
        <source>excludes</source>
        <translation>schließt aus</translation>
    </message>
    <message>
        <source>subtracts %1 fit points</source>
        <translation>zieht %1 Passungspunkte ab</translation>
    </message>
    <message>
        <source>flags, does not exclude</source>
        <translation>markiert, schließt nicht aus</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>One value per line</source>
        <translation>Ein Wert pro Zeile</translation>
    </message>
    <message>
        <source>Exclude the lead (total 0, grade E)</source>
        <translation>Lead ausschließen (gesamt 0, Note E)</translation>
    </message>
    <message>
        <source>No change to the active rules yet.</source>
        <translation>Noch keine Änderung an den aktiven Regeln.</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>Die Vorschau ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Vorschau abgebrochen.</translation>
    </message>
    <message>
        <source>Cancel &amp;Preview</source>
        <translation>&amp;Vorschau abbrechen</translation>
    </message>
    <message>
        <source>Scoring every lead with both rule sets…</source>
        <translation>Alle Leads werden mit beiden Regelwerken bewertet …</translation>
    </message>
    <message>
        <source>%1→%2: %3</source>
        <translation>%1→%2: %3</translation>
    </message>
    <message>
        <source>Save scoring rules</source>
        <translation>Bewertungsregeln speichern</translation>
    </message>
    <message numerus="yes">
        <source>Save these rules as a new version and rescore all %n lead(s) now? Until you do, every score keeps its current version.</source>
        <translation>
            <numerusform>Diese Regeln als neue Version speichern und den einen Lead jetzt neu bewerten? Bis dahin behält jede Punktzahl ihre bisherige Version.</numerusform>
            <numerusform>Diese Regeln als neue Version speichern und alle %n Leads jetzt neu bewerten? Bis dahin behält jede Punktzahl ihre bisherige Version.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules not saved</source>
        <translation>Regeln nicht gespeichert</translation>
    </message>
    <message>
        <source>%1
Nothing was saved; every score is as it was.</source>
        <translation>%1
Es wurde nichts gespeichert; alle Punktzahlen sind unverändert.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved, and every score is as it was.</source>
        <translation>Abgebrochen: Es wurde nichts gespeichert, alle Punktzahlen sind unverändert.</translation>
    </message>
    <message>
        <source>Rules saved</source>
        <translation>Regeln gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Saved as version %1; %n lead(s) rescored.</source>
        <translation>
            <numerusform>Als Version %1 gespeichert; %n Lead neu bewertet.</numerusform>
            <numerusform>Als Version %1 gespeichert; %n Leads neu bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketing-qualified from (total)</source>
        <translation>Marketingqualifiziert ab (gesamt)</translation>
    </message>
    <message>
        <source>Sales-ready from (total)</source>
        <translation>Vertriebsreif ab (gesamt)</translation>
    </message>
    <message>
        <source>Sales-ready needs a confirmed decision authority</source>
        <translation>Vertriebsreif erfordert bestätigte Entscheidungsbefugnis</translation>
    </message>
    <message>
        <source>Of %1 leads, %2 would change grade and %3 their stage band (below marketing-qualified, marketing-qualified, sales-ready).</source>
        <translation>Von %1 Leads würden bei %2 die Note und bei %3 die Stufe wechseln (unter marketingqualifiziert, marketingqualifiziert, vertriebsreif).</translation>
    </message>
</context>
<context>
    <name>ScoreExplanation</name>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>BANT</source>
        <translation>BANT</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>competitor domain</source>
        <translation>Domain eines Wettbewerbers</translation>
    </message>
    <message>
        <source>job applicant</source>
        <translation>Stellenbewerber</translation>
    </message>
    <message>
        <source>student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>trainee or student position</source>
        <translation>Position als Auszubildender oder Student</translation>
    </message>
    <message>
        <source>free-mail address (may hide a real buyer)</source>
        <translation>Freemail-Adresse (kann einen echten Käufer verbergen)</translation>
    </message>
    <message>
        <source>Company size: %1</source>
        <translation>Unternehmensgröße: %1</translation>
    </message>
    <message>
        <source>Annual revenue from %1 %2</source>
        <translation>Jahresumsatz ab %1 %2</translation>
    </message>
    <message>
        <source>Annual revenue in %1 not scored (no exchange rate to %2)</source>
        <translation>Jahresumsatz in %1 nicht bewertet (kein Wechselkurs zu %2)</translation>
    </message>
    <message>
        <source>Industry: %1</source>
        <translation>Branche: %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Hierarchieebene: %1</translation>
    </message>
    <message>
        <source>Buying-center role: %1</source>
        <translation>Rolle im Buying Center: %1</translation>
    </message>
    <message>
        <source>Negative persona: %1</source>
        <translation>Negative Persona: %1</translation>
    </message>
    <message>
        <source>Excluded as %1 — total set to 0</source>
        <translation>Ausgeschlossen als %1 — Gesamtwert auf 0 gesetzt</translation>
    </message>
    <message>
        <source>Flag: %1</source>
        <translation>Markierung: %1</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 points before decay, half-life %4 days)</source>
        <translation>%1 × %2 (%3 Punkte vor Abklingen, Halbwertszeit %4 Tage)</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message>
        <source>Authority: %1</source>
        <translation>Entscheidungsbefugnis: %1</translation>
    </message>
    <message>
        <source>Decision authority confirmed</source>
        <translation>Entscheidungsbefugnis bestätigt</translation>
    </message>
    <message>
        <source>Need: %1</source>
        <translation>Bedarf: %1</translation>
    </message>
    <message>
        <source>Timing: %1</source>
        <translation>Zeitrahmen: %1</translation>
    </message>
    <message>
        <source>Held within 0–maximum (%1 → %2)</source>
        <translation>Auf 0 bis Höchstwert begrenzt (%1 → %2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The lead matches a negative persona and is excluded.</source>
        <translation>Der Lead entspricht einer negativen Persona und ist ausgeschlossen.</translation>
    </message>
    <message>
        <source>Low fit with high interest: an advocate, never sales-ready on its own.</source>
        <translation>Geringe Passung bei hohem Interesse: ein Fürsprecher, für sich allein nie vertriebsreif.</translation>
    </message>
    <message>
        <source>The total score is below the SQL threshold of %1.</source>
        <translation>Die Gesamtpunktzahl liegt unter dem SQL-Schwellenwert von %1.</translation>
    </message>
    <message>
        <source>The decision authority is not confirmed.</source>
        <translation>Die Entscheidungsbefugnis ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>The budget is not planned or approved.</source>
        <translation>Das Budget ist weder geplant noch freigegeben.</translation>
    </message>
    <message>
        <source>No recognised need.</source>
        <translation>Kein erkannter Bedarf.</translation>
    </message>
    <message>
        <source>The timing does not fit the SQL criteria.</source>
        <translation>Der Zeitrahmen erfüllt die SQL-Kriterien nicht.</translation>
    </message>
    <message>
        <source>Below MQL</source>
        <translation>Unter MQL</translation>
    </message>
    <message>
        <source>MQL criteria met</source>
        <translation>MQL-Kriterien erfüllt</translation>
    </message>
    <message>
        <source>SQL criteria met</source>
        <translation>SQL-Kriterien erfüllt</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Why this score</source>
        <translation>Warum diese Punktzahl</translation>
    </message>
    <message>
        <source>Total score (rules version %1)</source>
        <translation>Gesamtpunktzahl (Regelversion %1)</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Fit %1 · Interest %2 · BANT %3 · rules v%4</source>
        <translation>Passung %1 · Interesse %2 · BANT %3 · Regeln v%4</translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation>Ausgeschlossen: %1</translation>
    </message>
    <message>
        <source>⚑ %1</source>
        <translation>⚑ %1</translation>
    </message>
    <message>
        <source>High fit, high interest: check BANT and mark it sales-ready.</source>
        <translation>Hohe Passung, hohes Interesse: BANT prüfen und als vertriebsreif markieren.</translation>
    </message>
    <message>
        <source>High fit, low interest: develop the interest (nurture).</source>
        <translation>Hohe Passung, geringes Interesse: das Interesse entwickeln (Nurturing).</translation>
    </message>
    <message>
        <source>Low fit, high interest: an advocate, never sales-ready on its own.</source>
        <translation>Geringe Passung, hohes Interesse: ein Fürsprecher, für sich allein nie vertriebsreif.</translation>
    </message>
    <message>
        <source>Low fit, low interest: low priority, or disqualify.</source>
        <translation>Geringe Passung, geringes Interesse: niedrige Priorität oder disqualifizieren.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Quadrant: what fit and interest suggest (not the stage).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Quadrant: was Passung und Interesse nahelegen (nicht die Phase).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Marketing-qualified ✓</source>
        <translation>Marketingqualifiziert ✓</translation>
    </message>
    <message>
        <source>Marketing-qualified ✗ (needs a total of %1)</source>
        <translation>Marketingqualifiziert ✗ (benötigt eine Gesamtpunktzahl von %1)</translation>
    </message>
    <message>
        <source>Sales-ready ✓</source>
        <translation>Vertriebsreif ✓</translation>
    </message>
    <message>
        <source>Sales-ready ✗: %1</source>
        <translation>Vertriebsreif ✗: %1</translation>
    </message>
</context>
<context>
    <name>ScoringRules</name>
    <message>
        <source>The employee bands must be in ascending order.</source>
        <translation>Die Klassen nach Beschäftigtenzahl müssen aufsteigend geordnet sein.</translation>
    </message>
    <message>
        <source>The revenue bands must be in ascending order.</source>
        <translation>Die Umsatzklassen müssen aufsteigend geordnet sein.</translation>
    </message>
    <message>
        <source>The interest half-life must be more than 0 days.</source>
        <translation>Die Halbwertszeit des Interesses muss mehr als 0 Tage betragen.</translation>
    </message>
    <message>
        <source>Interest events must count for at least 1 day.</source>
        <translation>Interessensereignisse müssen mindestens 1 Tag lang zählen.</translation>
    </message>
    <message>
        <source>The maximum of each axis (fit, interest, BANT) must be at least 1.</source>
        <translation>Das Maximum jeder Achse (Passung, Interesse, BANT) muss mindestens 1 betragen.</translation>
    </message>
    <message>
        <source>Grade thresholds must fall from A to D (A %1, B %2, C %3, D %4).</source>
        <translation>Die Schwellenwerte der Noten müssen von A nach D fallen (A %1, B %2, C %3, D %4).</translation>
    </message>
    <message>
        <source>The SQL threshold (%1) must not be below the MQL threshold (%2).</source>
        <translation>Der SQL-Schwellenwert (%1) darf nicht unter dem MQL-Schwellenwert (%2) liegen.</translation>
    </message>
    <message>
        <source>The revenue currency must be a three-letter code such as EUR.</source>
        <translation>Die Umsatzwährung muss ein dreistelliger Code wie EUR sein.</translation>
    </message>
    <message>
        <source>Negative persona &quot;%1&quot;: unknown disqualify reason &quot;%2&quot;.</source>
        <translation>Negativ-Persona „%1“: unbekannter Disqualifizierungsgrund „%2“.</translation>
    </message>
    <message>
        <source>Micro business</source>
        <translation>Kleinstunternehmen</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>Kleinunternehmen</translation>
    </message>
    <message>
        <source>Mid-sized company</source>
        <translation>Mittleres Unternehmen</translation>
    </message>
    <message>
        <source>Large company</source>
        <translation>Großunternehmen</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Konzern</translation>
    </message>
    <message>
        <source>E-mail or website domain</source>
        <translation>E-Mail- oder Website-Domain</translation>
    </message>
    <message>
        <source>Word in the position</source>
        <translation>Wort in der Position</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Hierarchieebene</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Scoring rules, %1: %2</source>
        <translation>Bewertungsregeln, %1: %2</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>expected a rate above 0</source>
        <translation>Wechselkurs über 0 erwartet</translation>
    </message>
    <message>
        <source>every rule needs an &quot;id&quot;</source>
        <translation>jede Regel braucht eine „id“</translation>
    </message>
    <message>
        <source>unknown match &quot;%1&quot;</source>
        <translation>unbekanntes Merkmal „%1“</translation>
    </message>
    <message>
        <source>version %1 is newer than this LeadScout understands (%2)</source>
        <translation>Version %1 ist zu neu für dieses LeadScout (es versteht bis %2)</translation>
    </message>
    <message>
        <source>Scoring rules: not valid JSON at character %1 (%2).</source>
        <translation>Bewertungsregeln: ungültiges JSON bei Zeichen %1 (%2).</translation>
    </message>
    <message>
        <source>Scoring rules: the file must hold one JSON object ({…}), as --print-rules writes it, not %1.</source>
        <translation>Bewertungsregeln: Die Datei muss genau ein JSON-Objekt ({…}) enthalten, wie --print-rules es ausgibt, nicht %1.</translation>
    </message>
    <message>
        <source>a list ([…])</source>
        <translation>eine Liste ([…])</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>einen einzelnen Wert</translation>
    </message>
    <message>
        <source>expected an amount below 1,000,000,000,000,000</source>
        <translation>Betrag unter 1.000.000.000.000.000 erwartet</translation>
    </message>
</context>
<context>
    <name>ScoringRulesRepository</name>
    <message>
        <source>The scoring rules version %1 in the store cannot be read: %2</source>
        <translation>Die Regelversion %1 der Bewertungsregeln im Datenbestand kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;) for German Excel</source>
        <translation>Semikolon (;) für deutsches Excel</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>Default &amp;store:</source>
        <translation>Standard-&amp;Datenbestand:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Export &amp;format:</source>
        <translation>Export&amp;format:</translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation>CSV-&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Export f&amp;older:</source>
        <translation>Export&amp;ordner:</translation>
    </message>
    <message>
        <source>A new language takes effect when LeadScout is started again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von LeadScout.</translation>
    </message>
    <message>
        <source>Default store</source>
        <translation>Standard-Datenbestand</translation>
    </message>
    <message>
        <source>LeadScout stores (*.sqlite);;All files (*)</source>
        <translation>LeadScout-Datenbestände (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>Default store: give the file (or postgresql:// address) to open at start.</source>
        <translation>Standard-Datenbestand: Geben Sie die Datei (oder postgresql://-Adresse) an, die beim Start geöffnet wird.</translation>
    </message>
    <message>
        <source>Default store: the folder %1 does not exist.</source>
        <translation>Standard-Datenbestand: Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Export folder: %1 is not an existing folder.</source>
        <translation>Exportordner: %1 ist kein vorhandener Ordner.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu „%1“ wechseln</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Fenster</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>Save Snapshot</source>
        <translation>Momentaufnahme speichern</translation>
    </message>
    <message>
        <source>Writes a read-only copy of the leads you choose, with their history and calls, to one file that a team lead opens elsewhere with the dashboard and planner working.</source>
        <translation>Schreibt eine schreibgeschützte Kopie der gewählten Leads mit ihrem Verlauf und ihren Anrufen in eine Datei, die eine Teamleitung anderswo öffnet – mit funktionierendem Dashboard und Planer.</translation>
    </message>
    <message>
        <source>Only leads &amp;created from</source>
        <translation>Nur Leads, &amp;erstellt vom</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>All source channels</source>
        <translation>Alle Quellkanäle</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
    <message>
        <source>&amp;Leave out personal data (names, e-mail addresses, phone numbers, addresses and notes)</source>
        <translation>Personenbezogene Daten &amp;weglassen (Namen, E-Mail-Adressen, Telefonnummern, Anschriften und Notizen)</translation>
    </message>
    <message>
        <source>A new file, e.g. review.sqlite</source>
        <translation>Eine neue Datei, z. B. review.sqlite</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen …</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Source channel:</source>
        <translation>&amp;Quellkanal:</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Save Snapshot</source>
        <translation>Momentaufnahme &amp;speichern</translation>
    </message>
    <message>
        <source>Save snapshot as</source>
        <translation>Momentaufnahme speichern unter</translation>
    </message>
    <message>
        <source>LeadScout stores (*.sqlite)</source>
        <translation>LeadScout-Datenbestände (*.sqlite)</translation>
    </message>
    <message>
        <source>Choose the file the snapshot goes to.</source>
        <translation>Wählen Sie die Datei, in die die Momentaufnahme geschrieben wird.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Writing the snapshot to %1…</source>
        <translation>Die Momentaufnahme wird in %1 geschrieben …</translation>
    </message>
    <message numerus="yes">
        <source>Writing the snapshot to %1: %n row(s) copied…</source>
        <translation>
            <numerusform>Die Momentaufnahme wird in %1 geschrieben: %n Zeile kopiert …</numerusform>
            <numerusform>Die Momentaufnahme wird in %1 geschrieben: %n Zeilen kopiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the snapshot to %1.</source>
        <translation>Die Momentaufnahme wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Write a read-only copy of the store, or of some of its leads, for review elsewhere</source>
        <translation>Eine schreibgeschützte Kopie des Datenbestands oder einiger seiner Leads zur Durchsicht an anderer Stelle schreiben</translation>
    </message>
    <message>
        <source>Saved the snapshot to %1. Open it now (read-only)?</source>
        <translation>Die Momentaufnahme wurde in %1 gespeichert. Jetzt öffnen (schreibgeschützt)?</translation>
    </message>
    <message>
        <source>Save Sn&amp;apshot…</source>
        <translation>Moment&amp;aufnahme speichern …</translation>
    </message>
</context>
<context>
    <name>StageDecisions</name>
    <message>
        <source>Lead %1 no longer exists.</source>
        <translation>Lead %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation>Vertriebsreif</translation>
    </message>
    <message>
        <source>Marketing-qualified</source>
        <translation>Marketingqualifiziert</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Ins Nurturing geben</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Disqualifizieren</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>The total score (%1) is below the MQL threshold of %2.</source>
        <translation>Die Gesamtpunktzahl (%1) liegt unter dem MQL-Schwellenwert von %2.</translation>
    </message>
    <message>
        <source>A lead in stage %1 cannot be moved by &quot;%2&quot;.</source>
        <translation>Ein Lead in der Phase %1 kann nicht mit „%2“ verschoben werden.</translation>
    </message>
    <message>
        <source>Choose the day the lead comes back into the queue; it must be after today.</source>
        <translation>Wählen Sie den Tag, an dem der Lead wieder in die Anrufliste kommt; er muss nach dem heutigen Tag liegen.</translation>
    </message>
    <message>
        <source>Choose why the lead is disqualified.</source>
        <translation>Wählen Sie den Grund für die Disqualifizierung.</translation>
    </message>
    <message>
        <source>Disqualified for another reason: describe it in a few words.</source>
        <translation>Disqualifiziert aus einem anderen Grund: Beschreiben Sie ihn in wenigen Worten.</translation>
    </message>
    <message>
        <source>An excluded lead can never be marked sales-ready, not even with an override reason. Disqualify it, or correct the details that exclude it.</source>
        <translation>Ein ausgeschlossener Lead kann nie als vertriebsreif markiert werden, auch nicht mit einer Ausnahmebegründung. Disqualifizieren Sie ihn oder korrigieren Sie die Angaben, die ihn ausschließen.</translation>
    </message>
    <message>
        <source>The lead does not meet the sales-ready criteria. Write an override reason to mark it sales-ready anyway.</source>
        <translation>Der Lead erfüllt die Kriterien für vertriebsreife Leads nicht. Geben Sie eine Ausnahmebegründung ein, um ihn trotzdem als vertriebsreif zu markieren.</translation>
    </message>
    <message>
        <source>The lead does not meet the marketing-qualified criteria. Write an override reason to mark it marketing-qualified anyway.</source>
        <translation>Der Lead erfüllt die Kriterien für marketingqualifizierte Leads nicht. Geben Sie eine Ausnahmebegründung ein, um ihn trotzdem als marketingqualifiziert zu markieren.</translation>
    </message>
    <message>
        <source>Only a Nurture decision starts a nurture plan.</source>
        <translation>Nur die Entscheidung „Ins Nurturing geben“ startet einen Nurturing-Plan.</translation>
    </message>
</context>
<context>
    <name>StepCompletion</name>
    <message>
        <source>There is no nurture step %1.</source>
        <translation>Es gibt keinen Nurturing-Schritt %1.</translation>
    </message>
    <message>
        <source>The plan of step %1 has ended; the step cannot be recorded.</source>
        <translation>Der Plan von Schritt %1 ist beendet; der Schritt kann nicht erfasst werden.</translation>
    </message>
    <message>
        <source>Step %1 was recorded already.</source>
        <translation>Schritt %1 wurde bereits erfasst.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the store %1: %2</source>
        <translation>Der Datenbestand %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a LeadScout store.</source>
        <translation>%1 ist ein Ordner, kein LeadScout-Datenbestand.</translation>
    </message>
    <message>
        <source>The store %1 is read-only. LeadScout needs to write to the file and to its folder; copy it to a writable place or change its permissions. Nothing was changed.</source>
        <translation>Der Datenbestand %1 ist schreibgeschützt. LeadScout muss in die Datei und ihren Ordner schreiben; kopieren Sie ihn an einen beschreibbaren Ort oder ändern Sie die Zugriffsrechte. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is not a LeadScout store or is damaged: it does not begin with a SQLite header. It was left untouched.</source>
        <translation>%1 ist kein LeadScout-Datenbestand oder ist beschädigt: Die Datei beginnt nicht mit einem SQLite-Kopf. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>Unter %1 gibt es keinen Datenbestand.</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Der Datenbestand %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The store %1 is locked by another program that is writing to it. Try again when it has finished.</source>
        <translation>Der Datenbestand %1 ist von einem anderen Programm gesperrt, das gerade hineinschreibt. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>The store %1 is read-only.</source>
        <translation>Der Datenbestand %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The store %1 is damaged and was left untouched (%2).</source>
        <translation>Der Datenbestand %1 ist beschädigt und wurde nicht verändert (%2).</translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s data, not a LeadScout store. It was left untouched.</source>
        <translation>%1 enthält Daten eines anderen Programms, keinen LeadScout-Datenbestand. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it; nothing was changed (%2).</source>
        <translation>%1 konnte vor der Aktualisierung nicht gesichert werden; es wurde nichts geändert (%2).</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer LeadScout (schema version %2; this version understands up to %3). Update LeadScout to open it; the store was left untouched.</source>
        <translation>Der Datenbestand %1 stammt von einem neueren LeadScout (Schemaversion %2; diese Version versteht bis %3). Aktualisieren Sie LeadScout, um ihn zu öffnen; der Datenbestand wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The store %1 is locked by another program that is writing to it. Try again when it has finished; nothing was changed.</source>
        <translation>Der Datenbestand %1 ist von einem anderen Programm gesperrt, das gerade hineinschreibt. Versuchen Sie es erneut, wenn es fertig ist; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The store %1 could not be prepared and was left as it was: %2</source>
        <translation>Der Datenbestand %1 konnte nicht vorbereitet werden und blieb unverändert: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so not a LeadScout store. It was left untouched.</source>
        <translation>%1 ist keine reguläre Datei und damit kein LeadScout-Datenbestand. Es wurde nichts daran verändert.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a LeadScout store. It was left untouched.</source>
        <translation>%1 ist eine leere Datei, kein LeadScout-Datenbestand. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The disk that holds the store %1 is full; nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger des Datenbestands %1 ist voll; es wurde nichts geändert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached; nothing was changed. What you entered is still here: try again when the network is back.</source>
        <translation>Der Server %1 ist nicht erreichbar; nichts wurde geändert. Ihre Eingaben sind noch da: Versuchen Sie es erneut, sobald das Netzwerk wieder da ist.</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>Das Kopieren wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is at schema version %2 and %3 at version %4; open both with this version of LeadScout first.</source>
        <translation>%1 hat die Schemaversion %2 und %3 die Version %4; öffnen Sie zuerst beide mit dieser Version von LeadScout.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not empty: it holds %n lead(s). A store is only moved into an empty one; nothing was changed.</source>
        <translation>
            <numerusform>%1 ist nicht leer: Er enthält %n Lead. Ein Datenbestand wird nur in einen leeren verschoben; es wurde nichts geändert.</numerusform>
            <numerusform>%1 ist nicht leer: Er enthält %n Leads. Ein Datenbestand wird nur in einen leeren verschoben; es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy of table %1 does not hold the rows read; nothing was written.</source>
        <translation>Die Kopie der Tabelle %1 enthält nicht die gelesenen Datensätze; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The store is busy: another program or window is writing to it. Try again in a moment; nothing was changed.</source>
        <translation>Der Datenbestand ist belegt: Ein anderes Programm oder Fenster schreibt gerade hinein. Versuchen Sie es gleich noch einmal; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The store can no longer be written (the permissions of its file or folder have changed); nothing was changed.</source>
        <translation>In den Datenbestand kann nicht mehr geschrieben werden (die Zugriffsrechte seiner Datei oder seines Ordners haben sich geändert); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The store file is damaged; nothing more was written to it. Restore it from a backup (the log file names the failing step).</source>
        <translation>Die Datei des Datenbestands ist beschädigt; es wurde nichts weiter hineingeschrieben. Stellen Sie ihn aus einer Sicherung wieder her (die Protokolldatei nennt den fehlgeschlagenen Schritt).</translation>
    </message>
    <message>
        <source>The disk that holds the store is full; nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger des Datenbestands ist voll; es wurde nichts geändert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The store could not carry out a step (%1); nothing was changed. The log file has the details.</source>
        <translation>Der Datenbestand konnte einen Schritt nicht ausführen (%1); es wurde nichts geändert. Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>An unexpected error stopped this step (%1). Nothing else was affected; LeadScout keeps running.</source>
        <translation>Ein unerwarteter Fehler hat diesen Schritt abgebrochen (%1). Sonst ist nichts betroffen; LeadScout läuft weiter.</translation>
    </message>
    <message>
        <source>The connection to the server was lost; nothing was changed. LeadScout connects again: try once more.</source>
        <translation>Die Verbindung zum Server ist abgebrochen; nichts wurde geändert. LeadScout verbindet sich neu: Versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>StoreFiles</name>
    <message>
        <source>%1 is the store or one of its files (log, backup). Choose another file; nothing was written.</source>
        <translation>%1 ist der Datenbestand oder eine seiner Dateien (Log, Sicherung). Wählen Sie eine andere Datei; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>StoreLogin</name>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Kennwort für %1 auf %2:</translation>
    </message>
    <message>
        <source>Sign in to the team server</source>
        <translation>Am Teamserver anmelden</translation>
    </message>
</context>
<context>
    <name>StoreMoveCommands</name>
    <message>
        <source>Copied %1 leads (%2 rows in %3 tables) to %4 in %5 s.</source>
        <translation>%1 Leads (%2 Datensätze in %3 Tabellen) in %5 s nach %4 kopiert.</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 Datensätze</translation>
    </message>
    <message>
        <source>The store file to move.</source>
        <translation>Die zu verschiebende Datenbestandsdatei.</translation>
    </message>
    <message>
        <source>The empty store to move it into (postgresql://host/database).</source>
        <translation>Der leere Datenbestand, in den sie verschoben wird (postgresql://host/database).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>name the stores with --from and --to, not --db.</source>
        <translation>die Datenbestände mit --from und --to angeben, nicht mit --db.</translation>
    </message>
    <message>
        <source>give both --from FILE and --to URL.</source>
        <translation>sowohl --from FILE als auch --to URL angeben.</translation>
    </message>
    <message>
        <source>--filter &quot;%1&quot; is not owner=NAME, stage=KEY (e.g. stage=qualified) or since=YYYY-MM-DD.</source>
        <translation>--filter „%1“ hat nicht die Form owner=NAME, stage=KEY (z. B. stage=qualified) oder since=YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The new, read-only store file.</source>
        <translation>Die neue, schreibgeschützte Datenbestandsdatei.</translation>
    </message>
    <message>
        <source>Only these leads: owner=NAME, stage=KEY or since=YYYY-MM-DD (repeat to combine).</source>
        <translation>Nur diese Leads: owner=NAME, stage=KEY oder since=YYYY-MM-DD (zum Kombinieren wiederholen).</translation>
    </message>
    <message>
        <source>Leave out names, e-mail addresses, phone numbers and notes (leads keep their number).</source>
        <translation>Namen, E-Mail-Adressen, Telefonnummern und Notizen weglassen (Leads behalten ihre Nummer).</translation>
    </message>
    <message>
        <source>give --out FILE for the snapshot.</source>
        <translation>--out FILE für die Momentaufnahme angeben.</translation>
    </message>
</context>
<context>
    <name>StoreMoves</name>
    <message>
        <source>%1 is the store itself; a snapshot needs a new file.</source>
        <translation>%1 ist der Datenbestand selbst; eine Momentaufnahme braucht eine neue Datei.</translation>
    </message>
    <message>
        <source>%1 already exists; a snapshot never overwrites a file. Choose a new name.</source>
        <translation>%1 existiert bereits; eine Momentaufnahme überschreibt nie eine Datei. Wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written.</source>
        <translation>Der Ordner %1 existiert nicht oder ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>--from names a server; moving in starts from a store file. To take a server&apos;s data home, use snapshot.</source>
        <translation>--from nennt einen Server; das Verschieben geht von einer Datenbestandsdatei aus. Um die Daten eines Servers mitzunehmen, verwenden Sie snapshot.</translation>
    </message>
    <message>
        <source>The source and the target are the same store.</source>
        <translation>Quelle und Ziel sind derselbe Datenbestand.</translation>
    </message>
    <message>
        <source>Cannot name the snapshot %1; nothing was left behind.</source>
        <translation>Die Momentaufnahme kann nicht %1 benannt werden; es wurde nichts zurückgelassen.</translation>
    </message>
</context>
<context>
    <name>Suppressions</name>
    <message>
        <source>same e-mail address and phone</source>
        <translation>gleiche E-Mail-Adresse und Telefonnummer</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>A person erased on request on %1 had this phone number.</source>
        <translation>Eine am %1 auf Verlangen gelöschte Person hatte diese Telefonnummer.</translation>
    </message>
    <message>
        <source>This person was erased on request on %1 (%2).</source>
        <translation>Diese Person wurde am %1 auf Verlangen gelöscht (%2).</translation>
    </message>
</context>
<context>
    <name>TeamMembersDialog</name>
    <message>
        <source>Team Members</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Assigned today</source>
        <translation>Heute zugewiesen</translation>
    </message>
    <message>
        <source>New leads go to present members in proportion to their weight. A weight of 0 gives none.</source>
        <translation>Neue Leads gehen an anwesende Mitglieder im Verhältnis ihrer Gewichtung. Eine Gewichtung von 0 bedeutet keine neuen Leads.</translation>
    </message>
    <message>
        <source>Only a team lead can change weights and absence.</source>
        <translation>Nur ein Teamleiter kann Gewichtungen und Abwesenheit ändern.</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamleiter</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Gewichtung von %1</translation>
    </message>
    <message>
        <source>%1 is absent</source>
        <translation>%1 ist abwesend</translation>
    </message>
    <message>
        <source>The team was not saved</source>
        <translation>Das Team wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>TeamPermissions</name>
    <message>
        <source>Team lead only: your login on this team store is a rep&apos;s and cannot change the scoring rules.</source>
        <translation>Nur für Teamleiter: Ihre Anmeldung an diesem Team-Datenbestand ist die eines Mitarbeiters und kann die Bewertungsregeln nicht ändern.</translation>
    </message>
    <message>
        <source>Team lead only: your login on this team store is a rep&apos;s and cannot rescore every lead.</source>
        <translation>Nur für Teamleiter: Ihre Anmeldung an diesem Team-Datenbestand ist die eines Mitarbeiters und kann nicht alle Leads neu bewerten.</translation>
    </message>
    <message>
        <source>Team lead only: your login on this team store is a rep&apos;s and cannot change the queue settings.</source>
        <translation>Nur für Teamleiter: Ihre Anmeldung an diesem Team-Datenbestand ist die eines Mitarbeiters und kann die Einstellungen der Warteschlange nicht ändern.</translation>
    </message>
    <message>
        <source>Team lead only: your login on this team store is a rep&apos;s and cannot change the handoff columns.</source>
        <translation>Nur für Teamleiter: Ihre Anmeldung an diesem Team-Datenbestand ist die eines Mitarbeiters und kann die Spalten der Übergabe nicht ändern.</translation>
    </message>
    <message>
        <source>Team lead only: your login on this team store is a rep&apos;s and cannot erase leads.</source>
        <translation>Nur für Teamleiter: Ihre Anmeldung an diesem Team-Datenbestand ist die eines Mitarbeiters und kann keine Leads löschen.</translation>
    </message>
    <message>
        <source>Team lead only: your login on this team store is a rep&apos;s and cannot change weights or absence.</source>
        <translation>Nur für Teamleiter: Ihre Anmeldung an diesem Team-Datenbestand ist die eines Mitarbeiters und kann Gewichtungen und Abwesenheiten nicht ändern.</translation>
    </message>
    <message>
        <source>Team lead only: your login on this team store is a rep&apos;s and cannot change the content library or the nurture tracks.</source>
        <translation>Nur für Teamleiter: Ihre Anmeldung an diesem Team-Datenspeicher ist die eines Mitarbeiters und kann weder die Content-Bibliothek noch die Nurturing-Strecken ändern.</translation>
    </message>
    <message>
        <source>Team lead only: your login on this team store is a rep&apos;s and can give leads only to yourself.</source>
        <translation>Nur für Teamleiter: Ihre Anmeldung an diesem Team-Datenbestand ist die eines Mitarbeiters und kann Leads nur Ihnen selbst zuweisen.</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>A member needs a name.</source>
        <translation>Ein Mitglied braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file is not valid %1 text. Choose its encoding (for example Windows-1252).</source>
        <translation>Die Datei ist kein gültiger %1-Text. Wählen Sie ihre Kodierung (zum Beispiel Windows-1252).</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Call: %1</source>
        <translation>Anruf: %1</translation>
    </message>
    <message>
        <source>%1:%2 min</source>
        <translation>%1:%2 Min.</translation>
    </message>
    <message>
        <source>callback %1</source>
        <translation>Rückruf %1</translation>
    </message>
    <message>
        <source>Stage: %1 → %2</source>
        <translation>Phase: %1 → %2</translation>
    </message>
    <message>
        <source>Nurture step: %1 by %2 (%3)</source>
        <translation>Nurturing-Schritt: %1 per %2 (%3)</translation>
    </message>
    <message>
        <source>Interest: %1</source>
        <translation>Interesse: %1</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>Lead angelegt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Nurture plan started: %1 (version %2)</source>
        <translation>Nurturing-Plan gestartet: %1 (Version %2)</translation>
    </message>
    <message>
        <source>Nurture plan ended: %1 (%2)</source>
        <translation>Nurturing-Plan beendet: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TrackEditorDialog</name>
    <message>
        <source>Nurture Tracks</source>
        <translation>Nurturing-Strecken</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Content piece</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Steps of the track</source>
        <translation>Schritte der Strecke</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Strecke</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>Sc&amp;hritte</translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation>Schritt hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Step</source>
        <translation>Schritt &amp;entfernen</translation>
    </message>
    <message>
        <source>Save as &amp;New Version</source>
        <translation>Als &amp;neue Version speichern</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>any piece of this kind</source>
        <translation>ein beliebiger Inhalt dieser Art</translation>
    </message>
    <message>
        <source>Saved as version %1. Running plans keep the version they started with.</source>
        <translation>Als Version %1 gespeichert. Laufende Pläne behalten die Version, mit der sie begonnen haben.</translation>
    </message>
</context>
<context>
    <name>TrackEffectPanel</name>
    <message>
        <source>Responses</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Content piece</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Buying-center role</source>
        <translation>Rolle im Buying Center</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Alle Strecken</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) started, %1 running, %2 re-qualified, %3 response(s).</source>
        <translation>
            <numerusform>%n Plan gestartet, %1 laufend, %2 wieder qualifiziert, %3 Reaktion(en).</numerusform>
            <numerusform>%n Pläne gestartet, %1 laufend, %2 wieder qualifiziert, %3 Reaktion(en).</numerusform>
        </translation>
    </message>
    <message>
        <source>Track anal&amp;ysis</source>
        <translation>&amp;Wirkung der Strecke</translation>
    </message>
</context>
<context>
    <name>TrackLibrary</name>
    <message>
        <source>Give the track a name.</source>
        <translation>Geben Sie der Strecke einen Namen.</translation>
    </message>
    <message>
        <source>The track &quot;%1&quot; needs at least one step.</source>
        <translation>Die Strecke „%1“ braucht mindestens einen Schritt.</translation>
    </message>
    <message>
        <source>A step of &quot;%1&quot; starts before the plan (day %2).</source>
        <translation>Ein Schritt von „%1“ beginnt vor dem Plan (Tag %2).</translation>
    </message>
</context>
<context>
    <name>TrackProposal</name>
    <message>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>Entscheidungsbefugnis</translation>
    </message>
    <message>
        <source>need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>No track fits the buying phase %1 and the role %2.</source>
        <translation>Keine Strecke passt zur Kaufphase %1 und zur Rolle %2.</translation>
    </message>
    <message>
        <source>Low fit, high interest: developed as an advocate, never toward sales.</source>
        <translation>Geringe Passung, hohes Interesse: wird als Fürsprecher entwickelt, nie in Richtung Vertrieb.</translation>
    </message>
    <message>
        <source>Made for the buying phase %1.</source>
        <translation>Gemacht für die Kaufphase %1.</translation>
    </message>
    <message>
        <source>Addresses the role %1.</source>
        <translation>Spricht die Rolle %1 an.</translation>
    </message>
    <message>
        <source>Asks for what is missing: %1.</source>
        <translation>Fragt nach, was fehlt: %1.</translation>
    </message>
    <message>
        <source>Still to find out in a call: %1.</source>
        <translation>Noch im Gespräch herauszufinden: %1.</translation>
    </message>
    <message>
        <source>Low fit and low interest: the plan raises interest first.</source>
        <translation>Geringe Passung und geringes Interesse: Der Plan steigert zuerst das Interesse.</translation>
    </message>
</context>
<context>
    <name>ValueCleaning</name>
    <message>
        <source>kept</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>repariert</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualifiziert</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>Job applicant</source>
        <translation>Stellenbewerber</translation>
    </message>
    <message>
        <source>Student or private person</source>
        <translation>Student oder Privatperson</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>Kein Bedarf</translation>
    </message>
    <message>
        <source>No authority reachable</source>
        <translation>Kein Entscheider erreichbar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dublette</translation>
    </message>
    <message>
        <source>Invalid contact data</source>
        <translation>Ungültige Kontaktdaten</translation>
    </message>
    <message>
        <source>Outside territory</source>
        <translation>Außerhalb des Gebiets</translation>
    </message>
    <message>
        <source>Unreachable after repeated attempts</source>
        <translation>Nach wiederholten Versuchen nicht erreichbar</translation>
    </message>
    <message>
        <source>Asked not to be contacted</source>
        <translation>Wünscht keinen Kontakt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Voicemail left</source>
        <translation>Auf Mailbox gesprochen</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Vorzimmer</translation>
    </message>
    <message>
        <source>Callback requested</source>
        <translation>Rückruf erbeten</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Nicht anrufen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Anwender</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Beeinflusser</translation>
    </message>
    <message>
        <source>Recommender</source>
        <translation>Empfehler</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Technical decider</source>
        <translation>Technischer Entscheider</translation>
    </message>
    <message>
        <source>Finance / controller</source>
        <translation>Finanzen / Controlling</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <source>User department</source>
        <translation>Fachabteilung</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Later than 12 months</source>
        <translation>Später als 12 Monate</translation>
    </message>
    <message>
        <source>6–12 months</source>
        <translation>6–12 Monate</translation>
    </message>
    <message>
        <source>3–6 months</source>
        <translation>3–6 Monate</translation>
    </message>
    <message>
        <source>Within 3 months</source>
        <translation>Innerhalb von 3 Monaten</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Problembewusstsein</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Lösungssuche</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kaufentscheidung</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>Messe</translation>
    </message>
    <message>
        <source>Whitepaper download</source>
        <translation>Whitepaper-Download</translation>
    </message>
    <message>
        <source>Paid search</source>
        <translation>Bezahlte Suche</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Mailing</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Purchased list</source>
        <translation>Gekaufte Adressliste</translation>
    </message>
    <message>
        <source>Inbound call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <source>E-mail click</source>
        <translation>E-Mail-Klick</translation>
    </message>
    <message>
        <source>Landing-page visit</source>
        <translation>Landingpage-Besuch</translation>
    </message>
    <message>
        <source>Social reaction</source>
        <translation>Social-Media-Reaktion</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Webinar attended</source>
        <translation>Webinar besucht</translation>
    </message>
    <message>
        <source>Event attended</source>
        <translation>Veranstaltung besucht</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Whitepaper</source>
        <translation>Whitepaper</translation>
    </message>
    <message>
        <source>Industry study</source>
        <translation>Branchenstudie</translation>
    </message>
    <message>
        <source>Best-practice report</source>
        <translation>Best-Practice-Bericht</translation>
    </message>
    <message>
        <source>Datasheet</source>
        <translation>Datenblatt</translation>
    </message>
    <message>
        <source>ROI calculation</source>
        <translation>ROI-Berechnung</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Fallstudie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Sales-ready candidate</source>
        <translation>Vertriebsreif-Kandidat</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>C-level</source>
        <translation>C-Level</translation>
    </message>
    <message>
        <source>VP / director</source>
        <translation>Bereichsleitung / Direktor</translation>
    </message>
    <message>
        <source>Head of department</source>
        <translation>Abteilungsleitung</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>Trainee / student</source>
        <translation>Auszubildender / Student</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Industrie / Fertigung</translation>
    </message>
    <message>
        <source>Software and IT</source>
        <translation>Software und IT</translation>
    </message>
    <message>
        <source>Finance and insurance</source>
        <translation>Finanzen und Versicherungen</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Gesundheitswesen</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Handel</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Öffentlicher Sektor</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Beratung und Dienstleistungen</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>Entwickeln</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Niedrige Priorität</translation>
    </message>
    <message>
        <source>E-mail opened</source>
        <translation>E-Mail geöffnet</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Webinar or event invitation</source>
        <translation>Webinar- oder Veranstaltungseinladung</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Event invitation</source>
        <translation>Veranstaltungseinladung</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>WholeFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <source>The part %1 of the workbook unpacks to %2 times its packed size, as a zip bomb does; the file is refused.</source>
        <translation>Der Teil %1 der Arbeitsmappe entpackt sich auf das %2-Fache seiner gepackten Größe, wie es eine Zip-Bombe tut; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>Die Arbeitsmappe hat keinen Teil %1.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook unpacks to more than %2; the file is refused.</source>
        <translation>Der Teil %1 der Arbeitsmappe entpackt sich auf mehr als %2; die Datei wird abgelehnt.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The sheet &quot;%1&quot; is empty.</source>
        <translation>Das Tabellenblatt „%1“ ist leer.</translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;; its sheets are: %2.</source>
        <translation>Die Arbeitsmappe hat kein Tabellenblatt „%1“; ihre Tabellenblätter sind: %2.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet is out of place; the sheet is damaged.</source>
        <translation>Zeile %1 des Tabellenblatts steht an falscher Stelle; das Tabellenblatt ist beschädigt.</translation>
    </message>
    <message>
        <source>The cell reference &quot;%1&quot; lies outside a sheet; the sheet is damaged.</source>
        <translation>Der Zellbezug „%1“ liegt außerhalb eines Tabellenblatts; das Tabellenblatt ist beschädigt.</translation>
    </message>
    <message>
        <source>A cell refers to shared text %1, but the workbook has only %2; the file is damaged.</source>
        <translation>Eine Zelle verweist auf gemeinsamen Text %1, die Arbeitsmappe hat aber nur %2; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>A cell in row %1 holds more than %2 characters, the most LeadScout reads in a cell; the file is refused.</source>
        <translation>Eine Zelle in Zeile %1 enthält mehr als %2 Zeichen, das Höchstmaß, das LeadScout in einer Zelle liest; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet has more than %2 columns, the most Excel allows; the file is refused.</source>
        <translation>Zeile %1 des Tabellenblatts hat mehr als %2 Spalten, mehr als Excel zulässt; die Datei wird abgelehnt.</translation>
    </message>
</context>
<context>
    <name>XlsxVerifier</name>
    <message>
        <source>%1 is incomplete</source>
        <translation>%1 ist unvollständig</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>Die Arbeitsmappe hat keine Tabellenblätter.</translation>
    </message>
</context>
<context>
    <name>XlsxXmlStream</name>
    <message>
        <source>The part %1 of the workbook unpacks to more than %2; the file is refused.</source>
        <translation>Der Teil %1 der Arbeitsmappe entpackt sich auf mehr als %2; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged: %2 (line %3)</source>
        <translation>Der Teil %1 der Arbeitsmappe ist beschädigt: %2 (Zeile %3)</translation>
    </message>
    <message>
        <source>The part %1 of the workbook ends too early.</source>
        <translation>Der Teil %1 der Arbeitsmappe endet zu früh.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook declares a document type or entities, which no Excel file has; the file is refused.</source>
        <translation>Der Teil %1 der Arbeitsmappe deklariert einen Dokumenttyp oder Entitäten, was keine Excel-Datei tut; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook nests elements more than %2 deep; the file is refused.</source>
        <translation>Der Teil %1 der Arbeitsmappe verschachtelt Elemente mehr als %2 Ebenen tief; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook holds a single tag or text longer than %2; the file is refused.</source>
        <translation>Der Teil %1 der Arbeitsmappe enthält ein einzelnes Tag oder einen Text, der länger als %2 ist; die Datei wird abgelehnt.</translation>
    </message>
</context>
<context>
    <name>XlsxZip</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The workbook holds %1 parts, more than the %2 a workbook may have; the file is refused.</source>
        <translation>Die Arbeitsmappe enthält %1 Teile, mehr als die %2, die eine Arbeitsmappe haben darf; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>%1 is no Excel workbook (.xlsx); an old .xls file must be saved as .xlsx first.</source>
        <translation>%1 ist keine Excel-Arbeitsmappe (.xlsx); eine alte .xls-Datei muss zuerst als .xlsx gespeichert werden.</translation>
    </message>
    <message>
        <source>The workbook&apos;s table of contents is damaged.</source>
        <translation>Das Inhaltsverzeichnis der Arbeitsmappe ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>XlsxZipMember</name>
    <message>
        <source>The part %1 cannot be found in the file; it is damaged.</source>
        <translation>Der Teil %1 ist in der Datei nicht zu finden; sie ist beschädigt.</translation>
    </message>
    <message>
        <source>The part %1 is encrypted; save the workbook without a password.</source>
        <translation>Der Teil %1 ist verschlüsselt; speichern Sie die Arbeitsmappe ohne Kennwort.</translation>
    </message>
    <message>
        <source>The part %1 is packed in a way LeadScout cannot unpack (method %2).</source>
        <translation>Der Teil %1 ist auf eine Weise gepackt, die LeadScout nicht entpacken kann (Methode %2).</translation>
    </message>
    <message>
        <source>Unpacking the part %1 failed.</source>
        <translation>Das Entpacken des Teils %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The part %1 ends too early; the file is damaged.</source>
        <translation>Der Teil %1 endet zu früh; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The part %1 cannot be unpacked; the file is damaged.</source>
        <translation>Der Teil %1 kann nicht entpackt werden; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The part %1 unpacks to more than it declares; the file is refused.</source>
        <translation>Der Teil %1 entpackt sich auf mehr als angegeben; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>The part %1 fails its checksum; the file is damaged.</source>
        <translation>Der Teil %1 besteht die Prüfsummenkontrolle nicht; die Datei ist beschädigt.</translation>
    </message>
</context>
</TS>
