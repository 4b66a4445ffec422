package org.tradeline.store;

/**
 * Told of every committed write, in revision order per source: this instance's own writes right
 * after their commit (before the response goes out), other instances' writes when the change log
 * is next read. A change may be told more than once; acting on it must be idempotent.
 */
public interface StoreChangeListener {

	void changed(StoreChange change);

}
