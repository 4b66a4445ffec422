package org.tradeline.support.requests;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import net.fortuna.ical4j.data.CalendarBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.xml.sax.InputSource;

import org.tradeline.support.RawHttp.Response;

/**
 * Whether an export is well-formed for the format it claims, read with a real parser for each:
 * Atom with the JDK's XML parser, CSV with commons-csv, iCalendar with ical4j, JSON and JSON-LD
 * with Jackson. A text export carries no character XML 1.0 forbids (a C0 control other than tab,
 * line feed and carriage return, or U+FFFE and U+FFFF): iCalendar text and spreadsheets break on
 * them as a feed does.
 */
final class Exports {

	static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

	private Exports() {
	}

	/** The GET operations under /exports/, each read after hostile text went in. */
	static boolean isExport(Contract.ApiOperation op) {
		return "GET".equals(op.method()) && op.template().contains("/exports/");
	}

	/** What is wrong with the export (null when it is well-formed). */
	static String problem(String template, Response reply) {
		if (reply.status() != 200) {
			return null;
		}
		String text = reply.text();
		try {
			if (template.endsWith(".atom")) {
				DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
				factory.setNamespaceAware(true);
				factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
				factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
				factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
			}
			else if (template.endsWith(".csv")) {
				List<CSVRecord> records = CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(new StringReader(text))
					.getRecords();
				for (CSVRecord record : records) {
					if (!record.isConsistent()) {
						return "CSV record " + record.getRecordNumber() + " has " + record.size()
								+ " cells, not one per column";
					}
				}
			}
			else if (template.endsWith(".ics")) {
				new CalendarBuilder().build(new ByteArrayInputStream(reply.body()));
			}
			else {
				Contract.json.readTree(reply.body());
				return null;
			}
		}
		catch (Exception ex) {
			return "does not parse: " + ex.getClass().getSimpleName() + ": " + Oracle.abbreviate(String.valueOf(ex.getMessage()));
		}
		Matcher forbidden = FORBIDDEN.matcher(text);
		if (forbidden.find()) {
			return String.format("carries U+%04X, a character XML forbids, near \"%s\"", (int) forbidden.group().charAt(0),
					Oracle.abbreviate(text.substring(Math.max(0, forbidden.start() - 40),
							Math.min(text.length(), forbidden.end() + 40))));
		}
		return null;
	}

}
