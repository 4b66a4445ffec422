package org.tradeline.provenance.dispute;


import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.problem.InvalidParameterException;
import org.tradeline.provenance.AsOf;
import org.tradeline.provenance.DisputeView;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.WireName;
import org.tradeline.web.paging.PageResponse;
import org.tradeline.web.paging.Paging;

@RestController
@RequestMapping("/api/v1/disputes")
public class DisputeController {

	private final DisputeReads reads;

	DisputeController(DisputeReads reads) {
		this.reads = reads;
	}

	@GetMapping
	PageResponse<DisputeView> list(@RequestParam(name = "subjectType", required = false) String subjectType,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, AsOf asOf) {
		return this.reads.disputes(parse(subjectType), Paging.of(page, size), asOf);
	}

	private static SubjectType parse(String subjectType) {
		if (subjectType == null) {
			return null;
		}
		return WireName.parse(SubjectType.class, subjectType)
			.orElseThrow(() -> new InvalidParameterException("subjectType",
					"subjectType must be one of " + WireName.choices(SubjectType.class)));
	}

}
