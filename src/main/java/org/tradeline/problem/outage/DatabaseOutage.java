package org.tradeline.problem.outage;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (refused or broken connections, no connection from the
 * pool in time, a server shutting down or starting up) from a request the database refused
 * (constraints, locks, bad SQL). The first is worth retrying shortly and is answered 503; the
 * second is the request's fault or a conflict and keeps its own answer.
 */
public final class DatabaseOutage {

	private DatabaseOutage() {
	}

	/** Whether the failure, or anything it was caused by, says the database is out of reach. */
	public static boolean causedBy(Throwable failure) {
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException || cause instanceof JDBCConnectionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && unreachable(sql.getSQLState())) {
				return true;
			}
			// Rolling back (or committing) on a connection the pool already closed because it broke:
			// the pool's "Connection is closed" carries no SQLSTATE, whereas a database that refuses
			// a commit says why (23xxx, 40001).
			if (cause instanceof TransactionException && cause.getCause() instanceof SQLException sql
					&& sql.getSQLState() == null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * SQLSTATE class 08 (connection exception), 53 (insufficient resources, e.g. too many
	 * connections) and PostgreSQL's 57P01-57P03 (shutting down, crashed, not yet accepting
	 * connections). Class 23 (constraints) and 40 (serialization, deadlock) are never among them.
	 */
	private static boolean unreachable(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("53") || state.equals("57P01")
				|| state.equals("57P02") || state.equals("57P03"));
	}

}
