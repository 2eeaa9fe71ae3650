<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Commands</name>
    <message>
        <source>leadscout %1: %2</source>
        <translation>leadscout %1: %2</translation>
    </message>
    <message>
        <source>Try 'leadscout %1 --help'.</source>
        <translation>Siehe 'leadscout %1 --help'.</translation>
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
        <source>--%1 needs a whole number of at least %2, not "%3".</source>
        <translation>--%1 braucht eine ganze Zahl von mindestens %2, nicht „%3“.</translation>
    </message>
</context>
<context>
    <name>LeadCard</name>
    <message>
        <source>Stage history</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation>Kein Lead ausgewählt</translation>
    </message>
    <message>
        <source>Choose a lead from the list to see its details.</source>
        <translation>Wählen Sie einen Lead aus der Liste, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>%1 (grade %2)</source>
        <translation>%1 (Note %2)</translation>
    </message>
    <message>
        <source>%1 — created as %2 by %3</source>
        <translation>%1 — angelegt als %2 von %3</translation>
    </message>
    <message>
        <source>%1 — %2 → %3 by %4</source>
        <translation>%1 — %2 → %3 von %4</translation>
    </message>
</context>
<context>
    <name>LeadListModel</name>
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
        <source>Source</source>
        <translation>Quelle</translation>
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
    <name>Main</name>
    <message>
        <source>Usage: leadscout [--db PATH|postgresql://…] [--verbose]   open the workstation
       leadscout COMMAND [options]                       run a command without a window

Commands:
</source>
        <translation>Aufruf: leadscout [--db PFAD|postgresql://…] [--verbose]   Arbeitsplatz öffnen
        leadscout BEFEHL [Optionen]                        Befehl ohne Fenster ausführen

Befehle:
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 failure, 2 bad usage. 'leadscout COMMAND --help' describes a command.</source>
        <translation>
Rückgabewerte: 0 Erfolg, 1 Fehler, 2 falscher Aufruf. 'leadscout BEFEHL --help' beschreibt einen Befehl.</translation>
    </message>
    <message>
        <source>leadscout: unknown command "%1".</source>
        <translation>leadscout: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Try 'leadscout --help'.</source>
        <translation>Siehe 'leadscout --help'.</translation>
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
            <numerusform>%n Lead in %1</numerusform><numerusform>%n Leads in %1</numerusform></translation>
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
        <source>&lt;h3&gt;LeadScout %1&lt;/h3&gt;&lt;p&gt;The workstation for lead qualification: work the call queue, qualify by BANT, hand sales-ready leads to sales.&lt;/p&gt;&lt;p&gt;Store: %2&lt;br&gt;Log file: %3&lt;br&gt;Qt %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LeadScout %1&lt;/h3&gt;&lt;p&gt;Der Arbeitsplatz für die Lead-Qualifizierung: Anrufliste abarbeiten, nach BANT qualifizieren, vertriebsreife Leads an den Vertrieb übergeben.&lt;/p&gt;&lt;p&gt;Datenbestand: %2&lt;br&gt;Protokolldatei: %3&lt;br&gt;Qt %4&lt;/p&gt;</translation>
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
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the store %1: %2</source>
        <translation>Der Datenbestand %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL store %1: %2</source>
        <translation>Der PostgreSQL-Datenbestand %1 ist nicht erreichbar: %2</translation>
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
        <source>Cannot read the store %1: %2</source>
        <translation>Der Datenbestand %1 kann nicht gelesen werden: %2</translation>
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
        <source>%1 holds another program's data, not a LeadScout store. It was left untouched.</source>
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
        <source>Park</source>
        <translation>Parken</translation>
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
</context>
</TS>