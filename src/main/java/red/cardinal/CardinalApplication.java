package red.cardinal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CardinalApplication {

	public static void main(String[] args) {
		SpringApplication.run(CardinalApplication.class, args);
	}
}
