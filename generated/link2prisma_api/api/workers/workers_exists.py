from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.worker_exists import WorkerExists
from ...types import Response


def _get_kwargs(
    rrnr: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workerExists/{rrnr}".format(
            rrnr=quote(str(rrnr), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | WorkerExists | None:
    if response.status_code == 200:
        response_200 = WorkerExists.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | WorkerExists]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    rrnr: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | WorkerExists]:
    """Whether a person is already a worker of the employer (synchronous)

    Args:
        rrnr (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkerExists]
    """

    kwargs = _get_kwargs(
        rrnr=rrnr,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rrnr: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | WorkerExists | None:
    """Whether a person is already a worker of the employer (synchronous)

    Args:
        rrnr (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkerExists
    """

    return sync_detailed(
        rrnr=rrnr,
        client=client,
    ).parsed


async def asyncio_detailed(
    rrnr: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | WorkerExists]:
    """Whether a person is already a worker of the employer (synchronous)

    Args:
        rrnr (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WorkerExists]
    """

    kwargs = _get_kwargs(
        rrnr=rrnr,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rrnr: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | WorkerExists | None:
    """Whether a person is already a worker of the employer (synchronous)

    Args:
        rrnr (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WorkerExists
    """

    return (
        await asyncio_detailed(
            rrnr=rrnr,
            client=client,
        )
    ).parsed
