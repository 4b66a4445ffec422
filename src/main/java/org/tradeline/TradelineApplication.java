package org.tradeline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TradelineApplication {

	public static void main(String[] args) {
		SpringApplication.run(TradelineApplication.class, args);
	}

}
