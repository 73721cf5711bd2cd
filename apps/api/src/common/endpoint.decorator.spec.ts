import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { INTERCEPTORS_METADATA } from '@nestjs/common/constants';
import { lastValueFrom, of } from 'rxjs';
import { z } from 'zod';
import { Endpoint } from './endpoint.decorator';

class Routes {
  @Endpoint({ summary: 'shaped', response: z.object({ name: z.string() }) })
  shaped() {}

  @Endpoint({ summary: 'no body', status: 204 })
  empty() {}
}

const interceptorsOf = (route: keyof Routes) => (Reflect.getMetadata(INTERCEPTORS_METADATA, Object.getOwnPropertyDescriptor(Routes.prototype, route)!.value as object) ?? []) as Array<{ intercept: (c: ExecutionContext, n: CallHandler) => ReturnType<CallHandler['handle']> }>;

describe('@Endpoint', () => {
  it('strips from the answer whatever its response schema does not name', async () => {
    const [shape] = interceptorsOf('shaped');
    const answer = shape!.intercept({} as ExecutionContext, { handle: () => of({ name: 'Aigerim', passwordHash: 'secret' }) });
    expect(await lastValueFrom(answer)).toEqual({ name: 'Aigerim' });
  });

  it('adds no interceptor to a route without a response body', () => {
    expect(interceptorsOf('empty')).toEqual([]);
  });
});
